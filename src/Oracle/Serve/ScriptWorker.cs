using System.Collections.Concurrent;

namespace ScopeFn.Oracle.Serve;

/// <summary>
/// A long-lived thread with a script-sized stack that runs one job at a time, so a request costs
/// no thread start. A job that overruns its wall time is abandoned with its thread: the caller
/// starts a new worker, and the old one ends when its job does.
/// </summary>
internal sealed class ScriptWorker : IDisposable
{
    private readonly BlockingCollection<Action> jobs = new();

    public ScriptWorker(int stackBytes)
    {
        var thread = new Thread(() =>
        {
            foreach (var job in jobs.GetConsumingEnumerable()) job();
        }, stackBytes)
        {
            Name = "ScopeFn serve worker",
            IsBackground = true,
        };
        thread.Start();
    }

    /// <summary>Runs <paramref name="job"/> on the worker; false if it has not finished after <paramref name="waitMs"/>.</summary>
    public bool TryRun<T>(Func<T> job, long waitMs, out T? result)
    {
        T? value = default;
        Exception? failure = null;
        using var done = new ManualResetEventSlim();
        jobs.Add(() =>
        {
            try { value = job(); }
            catch (Exception e) { failure = e; }
            finally
            {
                try { done.Set(); }
                catch (ObjectDisposedException) { /* the caller gave up on this job */ }
            }
        });
        if (!done.Wait(TimeSpan.FromMilliseconds(waitMs)))
        {
            jobs.CompleteAdding();
            result = default;
            return false;
        }
        if (failure is not null) throw new InvalidOperationException("serve worker job failed", failure);
        result = value;
        return true;
    }

    public void Dispose()
    {
        if (!jobs.IsAddingCompleted) jobs.CompleteAdding();
    }
}
