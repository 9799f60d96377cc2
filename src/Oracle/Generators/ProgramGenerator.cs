namespace ScopeFn.Oracle.Generators;

/// <summary>
/// Random scope programs, deterministic for a seed (System.Random's seeded sequence is fixed).
/// Names come from a small colliding alphabet (case variants, explicit <c>_1</c> suffixes) so
/// uniquification, reuse checks and default-name counters are exercised, as in the property tests.
/// One program in four is a TF 2.x eager program made of tf.functions; graph programs hold
/// functions among their statements too, so init_scope lifts both to eager and to a graph (the
/// program's, or in TF 2.x one entered with <c>tf.Graph().as_default()</c>).
/// </summary>
public sealed class ProgramGenerator
{
    public static readonly string[] Names = ["a", "A", "b", "a_1", "c"];
    public static readonly string[] InvalidNames = ["-a", "a b", "a!", "/a"];

    /// <summary>Where a statement runs: what it may create and which Python names it can see.</summary>
    private enum Place
    {
        /// <summary>The top level of a graph program.</summary>
        Graph,
        /// <summary>A function body: graph code in the FuncGraph.</summary>
        FunctionGraph,
        /// <summary>init_scope in a function called from a graph: that graph again.</summary>
        LiftedGraph,
        /// <summary>init_scope in a function of an eager program: eager code, where ops have no names.</summary>
        LiftedEager,
    }

    private readonly Random random;
    private int tensors;
    private int nameScopes;
    private int variableScopes;
    private bool eager;
    private bool underGraph;
    private Place place;
    private List<int> graphTensors = [];
    private List<int> visibleNameScopes = [];
    private List<int> visibleVariableScopes = [];
    private List<int> topLevelTensors = [];

    public ProgramGenerator(int seed) => random = new Random(seed);

    public ScopeProgram Next(int size = 12)
    {
        tensors = nameScopes = variableScopes = 0;
        (graphTensors, visibleNameScopes, visibleVariableScopes, topLevelTensors) = ([], [], [], []);
        eager = random.Next(4) == 0;
        underGraph = eager && random.Next(3) == 0;
        if (eager)
        {
            place = Place.FunctionGraph;
            var functions = Enumerable.Range(0, random.Next(1, 3)).Select(_ => Function(size)).ToArray();
            return new ScopeProgram(functions, null, Eager: true, UnderGraph: underGraph);
        }
        place = Place.Graph;
        var body = Block(size);
        var invalid = random.Next(5) == 0 ? InvalidNames[random.Next(InvalidNames.Length)] : null;
        return new ScopeProgram(body, invalid);
    }

    private string Name() => Names[random.Next(Names.Length)];

    // TF 2.x's tf.name_scope takes strings only; tf.compat.v1's also takes None (the root).
    private string? OptionalName() => !eager && random.Next(6) == 0 ? null : Name();

    private ReuseArg Reuse() => (ReuseArg)random.Next(4);

    private bool InGraph => place != Place.LiftedEager;

    private Stmt[] Block(int size)
    {
        var count = random.Next(1, Math.Max(2, Math.Min(size, 6)));
        var block = new List<Stmt>();
        for (var i = 0; i < count; i++) block.Add(Statement(size / 2));
        return block.ToArray();
    }

    private Stmt Statement(int size)
    {
        if (size <= 1) return Leaf();
        switch (random.Next(28))
        {
            case < 8: return Leaf();
            case < 11: return new Stmt.NameScope(OptionalName(), Scoped(size, () => visibleNameScopes.Add(nameScopes++)));
            case < 12 when visibleNameScopes.Count > 0:
                return new Stmt.ReenterNameScope(Pick(visibleNameScopes), Scoped(size, () => visibleNameScopes.Add(nameScopes++)));
            case < 14 when InGraph && graphTensors.Count > 0:
                {
                    var inputs = Enumerable.Range(0, random.Next(1, 3)).Select(_ => Pick(graphTensors)).ToArray();
                    return new Stmt.ControlDependencies(inputs, Block(size - 1));
                }
            case < 15 when InGraph: return new Stmt.NoControlDependencies(Block(size - 1));
            case < 17: return InitScope(size);
            case < 20 when place is Place.Graph or Place.FunctionGraph:
                {
                    var (name, reuse, aux) = (Name(), Reuse(), random.Next(4) != 0);
                    return new Stmt.VariableScope(name, reuse, aux, Scoped(size, () => visibleVariableScopes.Add(variableScopes++)));
                }
            case < 22 when place is Place.Graph or Place.FunctionGraph:
                return new Stmt.DefaultVariableScope(Name(), Scoped(size, () => visibleVariableScopes.Add(variableScopes++)));
            case < 24 when place is Place.Graph or Place.FunctionGraph && visibleVariableScopes.Count > 0:
                {
                    var (captured, reuse) = (Pick(visibleVariableScopes), Reuse());
                    return new Stmt.ReenterVariableScope(captured, reuse, Scoped(size, () => visibleVariableScopes.Add(variableScopes++)));
                }
            case < 26 when place == Place.Graph: return new Stmt.Raises(Block(size - 1));
            case < 28 when place == Place.Graph: return Function(size);
            default: return Leaf();
        }
    }

    private int Pick(List<int> from) => from[random.Next(from.Count)];

    /// <summary>A block entered under a new captured scope: the capture is numbered before the body's own.</summary>
    private Stmt[] Scoped(int size, Action capture)
    {
        capture();
        return Block(size - 1);
    }

    /// <summary>
    /// A function: its body, and what it binds, is local to it — later top-level code sees neither
    /// its tensors nor its scopes; its own tensors live in its FuncGraph.
    /// </summary>
    private Stmt Function(int size)
    {
        var saved = (place, graphTensors, visibleNameScopes, visibleVariableScopes);
        (place, graphTensors, visibleNameScopes, visibleVariableScopes) = (Place.FunctionGraph, [], [.. visibleNameScopes], [.. visibleVariableScopes]);
        var body = Block(size);
        (place, graphTensors, visibleNameScopes, visibleVariableScopes) = saved;
        return new Stmt.Function(body, random.Next(1, 3));
    }

    /// <summary>init_scope: in a function it lifts to the caller's context (the program's graph, or eager), whose tensors the body may use.</summary>
    private Stmt InitScope(int size)
    {
        if (place != Place.FunctionGraph) return new Stmt.InitScope(Block(size - 1));
        var saved = (place, graphTensors);
        place = eager && !underGraph ? Place.LiftedEager : Place.LiftedGraph;
        graphTensors = place == Place.LiftedEager ? [] : [.. topLevelTensors];
        var body = Block(size - 1);
        (place, graphTensors) = saved;
        return new Stmt.InitScope(body);
    }

    private Stmt Leaf()
    {
        // Eager ops have no names to print; variables are created only where init_scope lifted the code.
        var canVariable = place is Place.Graph or Place.LiftedGraph or Place.LiftedEager;
        var choices = new List<Func<Stmt>>();
        if (InGraph)
        {
            choices.Add(() => NewTensor(new Stmt.Const(OptionalName())));
            if (graphTensors.Count > 0) choices.Add(() => { var input = Pick(graphTensors); return NewTensor(new Stmt.Identity(OptionalName(), input)); });
        }
        if (place == Place.Graph) choices.AddRange([() => new Stmt.GetVariable(Name()), () => new Stmt.GetVariable(Name())]);
        if (canVariable) choices.Add(() => new Stmt.TfVariable(Name()));
        if (choices.Count == 0) return new Stmt.NameScope(Name(), []);
        return choices[random.Next(choices.Count)]();
    }

    private Stmt NewTensor(Stmt s)
    {
        graphTensors.Add(tensors);
        if (place == Place.Graph) topLevelTensors.Add(tensors);
        tensors++;
        return s;
    }
}
