using BenchmarkDotNet.Attributes;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Session;

namespace ScopeFn.Bench;

/// <summary>
/// Session.run of a trivial graph: one Const fetched (issue 5's goal ≤ 2 µs per call; published
/// anchors: TF from Python ≈ 89 µs, from C++ ≈ 8 µs).
/// </summary>
[MemoryDiagnoser]
public class SessionRunBenchmark
{
    private Session session = null!;
    private Tensor constant = null!;

    [GlobalSetup]
    public void Setup()
    {
        var r = Constant.Of(1.0f, name: "c").Run(World.Empty);
        constant = r.Value;
        session = new Session(r.World, constant.Graph);
    }

    [GlobalCleanup]
    public void Cleanup() => session.Dispose();

    [Benchmark]
    public object? RunConst() => session.Run(constant);
}
