using ScopeFn.Script.Evaluation;
using ScopeFn.Script.Tf;

namespace ScopeFn.Oracle.Serve;

/// <summary>
/// One <see cref="ScriptServer.Serve"/> session. Requests are read, run and answered on one
/// script-stack thread, with no hand-off per request: a hand-off costs two thread switches, and on
/// a busy two-core machine waiting for the other thread's time slice cost more than a small script.
/// The calling thread is a watchdog that wakes a few times a second; a script still running past its
/// timeout plus grace is abandoned with its thread — the watchdog answers for it, bumps the
/// generation (so the old thread, if it ever finishes, writes nothing and reads nothing more) and
/// starts a new serving thread with a new tf module host.
/// </summary>
internal sealed class ServeLoop(ScriptServer server, TextReader input, TextWriter output)
{
    private const long Idle = long.MaxValue;

    private readonly object gate = new();
    private int generation;
    private long deadline = Idle;   // Environment.TickCount64 when the running job is overdue
    private string runningId = "null";
    private long runningTimeoutMs;
    private bool ended;
    private Exception? failure;

    public void Run()
    {
        lock (gate)
        {
            Start();
            var poll = (int)Math.Clamp(server.GraceMs, 10, 250);
            while (!ended)
            {
                var left = deadline == Idle ? poll : deadline - Environment.TickCount64;
                if (left > 0)
                {
                    Monitor.Wait(gate, (int)Math.Min(left, poll));
                    continue;
                }
                Write(ScriptServer.ErrorResponse(runningId, "ScriptTimeout", $"wall time of {runningTimeoutMs} ms exceeded"));
                deadline = Idle;
                generation++;
                Start();
            }
        }
        if (failure is not null) throw new InvalidOperationException("serve loop failed", failure);
    }

    private void Start()
    {
        var mine = generation;
        var host = new TfModuleHost();
        var thread = new Thread(() => Loop(mine, host), RunOptions.Default.StackBytes)
        {
            Name = "ScopeFn serve loop",
            IsBackground = true,
        };
        thread.Start();
    }

    private void Loop(int mine, TfModuleHost host)
    {
        try
        {
            while (true)
            {
                var (line, tooLong, end) = server.ReadLine(input);
                if (end && line.Length == 0 && !tooLong) break;
                string? response;
                if (tooLong) response = ScriptServer.ErrorResponse("null", "RequestTooLarge", $"request line longer than {server.MaxLineChars} characters");
                else if (line.Trim().Length > 0) response = Answer(mine, host, line);
                else if (end) break;
                else continue;
                lock (gate)
                {
                    if (mine != generation) return;   // abandoned: the watchdog answered and serves on
                    deadline = Idle;
                    Write(response);
                }
                if (end) break;
            }
        }
        catch (Exception e)
        {
            lock (gate)
            {
                if (mine == generation) failure = e;
            }
        }
        lock (gate)
        {
            if (mine != generation) return;
            ended = true;
            Monitor.Pulse(gate);
        }
    }

    private string Answer(int mine, TfModuleHost host, string line)
    {
        var (request, problem) = server.Prepare(line);
        if (request is null) return problem!;
        lock (gate)
        {
            if (mine != generation) return "";
            runningId = request.IdJson;
            runningTimeoutMs = request.TimeoutMs;
            deadline = Environment.TickCount64 + request.TimeoutMs + server.GraceMs;
        }
        return server.Execute(host, request);
    }

    private void Write(string response)
    {
        output.Write(response);
        output.Write('\n');
        output.Flush();
    }
}
