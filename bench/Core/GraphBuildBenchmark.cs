using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LanguageExt;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Bench.Core;

/// <summary>
/// Issue 2's graph-building benchmark: N NoOps created in groups of 100, each group inside 10
/// nested, freshly uniquified name scopes, through the pure core; against a mutable
/// Dictionary-based implementation of the same naming rules in the same run.
/// </summary>
[MemoryDiagnoser]
// Three warm-up iterations: at N = 10⁴ one iteration is ~20–70 ms, and with one warm-up the
// measured iterations still ran partly in tier-0 JIT code (session 5: ratio 4.1 ± 1.7 at 10⁴).
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 7)]
public class GraphBuildBenchmark
{
    private const int Depth = 10;
    private const int GroupSize = 100;

    [Params(10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [Benchmark(Baseline = true)]
    public int MutableDictionary()
    {
        var graph = new MutableGraph();
        for (var group = 0; group < N / GroupSize; group++)
        {
            var saved = graph.NameStack;
            for (var d = 0; d < Depth; d++) graph.EnterScope("s" + d);
            for (var i = 0; i < GroupSize; i++) graph.CreateOp("NoOp");
            graph.NameStack = saved;
        }
        return graph.Count;
    }

    [Benchmark]
    public int PureCore()
    {
        var groups = Enumerable.Range(0, N / GroupSize);
        var ops = Enumerable.Range(0, GroupSize);
        var createGroup = Tf.ForEach(ops, _ => ControlFlowOps.NoOp().Select(_ => Unit.Default));
        var program = Tf.ForEach(groups, _ => Nest(0, createGroup));
        var r = program.Run(World.Empty);
        return r.World.Graph(new GraphId(1)).Ops.Count;
    }

    private static Tf<Unit> Nest(int depth, Tf<Unit> body) =>
        depth == Depth ? body : NameScope.V1("s" + depth, null, null, _ => Nest(depth + 1, body));

    /// <summary>The same rules (ops.py unique_name, name validation, duplicate check) over mutable collections.</summary>
    private sealed class MutableGraph
    {
        private readonly Dictionary<string, int> namesInUse = new();
        private readonly Dictionary<string, int> opsByName = new();
        private readonly List<(string Name, string Type)> ops = new();

        public string NameStack { get; set; } = "";
        public int Count => ops.Count;

        public void EnterScope(string name) => NameStack = UniqueName(name);

        public void CreateOp(string type)
        {
            // The wrapper's name scope, then the op named by it.
            var name = UniqueName(type);
            if (!ScopeFn.Core.Graphs.NameValidation.IsValidOpName(name)) throw new InvalidOperationException(name);
            if (!opsByName.TryAdd(name, ops.Count + 1)) throw new InvalidOperationException("duplicate " + name);
            ops.Add((name, type));
        }

        private string UniqueName(string name)
        {
            if (NameStack.Length > 0) name = NameStack + "/" + name;
            var key = name.ToLowerInvariant();
            namesInUse.TryGetValue(key, out var i);
            namesInUse[key] = i + 1;
            if (i == 0) return name;
            var probe = key;
            while (namesInUse.ContainsKey(probe)) probe = key + "_" + i++;
            namesInUse[probe] = 1;
            return name + "_" + (i - 1);
        }
    }
}
