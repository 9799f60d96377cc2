using ScopeFn.Oracle.Generators;

namespace ScopeFn.Properties.Core;

/// <summary>
/// Runs a law's <see cref="Step"/> program on <see cref="ModelGraph"/> — the same mutable
/// transcription of ops.py that <c>scopefn gen</c>'s naming model uses — and logs every op it
/// creates. Only the dispatch lives here; the naming and control-dependency rules are the model's.
/// </summary>
public sealed class StepModel
{
    private readonly ModelGraph graph = new();
    private readonly List<string> captured = [];
    private readonly List<string> ops = [];

    public List<Created> Log { get; } = [];

    public void Run(IEnumerable<Step> steps)
    {
        foreach (var step in steps) Run(step);
    }

    private sealed class Failure : Exception;

    private void Run(Step step)
    {
        switch (step)
        {
            case Step.MakeConst c:
                Create(c.Name ?? "Const", []);
                break;
            case Step.MakeIdentity i:
                // The core interpreter makes a constant when there is nothing to take the identity of.
                if (ops.Count == 0) Create(i.Name ?? "Const", []);
                else Create(i.Name ?? "Identity", [ops[i.Pick % ops.Count]]);
                break;
            case Step.Scope s:
                NameScope(s.Name, s.Body);
                break;
            case Step.Reenter r:
                NameScope(captured.Count == 0 ? "" : captured[r.Pick % captured.Count], r.Body);
                break;
            case Step.Deps d:
                if (ops.Count == 0) Run(d.Body);
                else graph.WithControlDependencies(d.Picks.Select(p => ops[p % ops.Count]), () => Run(d.Body));
                break;
            case Step.NoDeps n:
                graph.WithoutControlDependencies(() => Run(n.Body));
                break;
            case Step.Fails f:
                try
                {
                    Run(f.Body);
                    throw new Failure();
                }
                catch (Failure) { }
                break;
        }
    }

    private void NameScope(string? name, Step[] body) => graph.WithNameScope(name, returned =>
    {
        captured.Add(returned);
        Run(body);
    });

    private void Create(string name, string[] inputs)
    {
        var (opName, control) = graph.CreateOp(name, inputs);
        ops.Add(opName);
        Log.Add(new Created(opName, graph.NameStack, control));
    }
}
