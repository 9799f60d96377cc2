using ScopeFn.Oracle.Corpus;
using ScopeFn.Oracle.Generators;

namespace ScopeFn.Specs.Oracle;

/// <summary><c>scopefn gen</c>: deterministic vectors, covering every construct, that round-trip through <c>scopefn check</c>.</summary>
public class GenSpecs
{
    [Fact]
    public void A_seed_gives_the_same_vectors_and_another_seed_others()
    {
        var a = VectorWriter.Generate(7, 15).Select(v => (v.Script, v.ExpectedStdout, v.Run.Jsonl)).ToList();
        var b = VectorWriter.Generate(7, 15).Select(v => (v.Script, v.ExpectedStdout, v.Run.Jsonl)).ToList();
        var c = VectorWriter.Generate(8, 15).Select(v => v.Script).ToList();
        Assert.Equal(a, b);
        Assert.NotEqual(a.Select(x => x.Script), c);
    }

    [Fact]
    public void Generated_vectors_round_trip_through_check()
    {
        var dir = Directory.CreateTempSubdirectory("scopefn-gen").FullName;
        try
        {
            var withheld = VectorWriter.Write(3, 40, dir);
            Assert.Empty(withheld.Select(v => v.Name + ": " + v.Disagreement));
            var files = CorpusRunner.Find([dir]).ToList();
            Assert.Equal(40, files.Count);
            Assert.All(files, f => Assert.True(File.Exists(Path.ChangeExtension(f, ".trace.jsonl"))));
            Assert.All(files.Select(f => CorpusRunner.Check(Scenario.Load(f))), v => Assert.True(v.Passed, v.Scenario.Path + ": " + v.Reason));
            // A vector whose trace is edited no longer passes.
            var trace = Path.ChangeExtension(files[0], ".trace.jsonl");
            File.WriteAllText(trace, File.ReadAllText(trace).Replace("\"event\":\"exit\",\"line\":", "\"event\":\"exit\",\"line\":9"));
            Assert.False(CorpusRunner.Check(Scenario.Load(files[0])).Passed);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_generator_covers_every_construct_and_programs_that_raise()
    {
        var generator = new ProgramGenerator(11);
        var programs = Enumerable.Range(0, 300).Select(_ => generator.Next()).ToList();
        var kinds = programs.SelectMany(p => Flatten(p.Body)).Select(s => s.GetType().Name).ToHashSet();
        foreach (var kind in typeof(Stmt).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(Stmt))).Select(t => t.Name))
            Assert.Contains(kind, kinds);
        var scopes = programs.SelectMany(p => Flatten(p.Body)).ToList();
        Assert.Contains(scopes, s => s is Stmt.VariableScope { Auxiliary: false });
        foreach (var reuse in Enum.GetValues<ReuseArg>()) Assert.Contains(scopes, s => s is Stmt.VariableScope v && v.Reuse == reuse);
        Assert.Contains(programs, p => p.UncaughtInvalidName is not null);
        // init_scope inside tf.function, lifted to eager (TF 2.x programs) and to the program's graph,
        // creating variables and ops there.
        Assert.Contains(programs, p => p.Eager && LiftedInFunction(p).Any(s => s is Stmt.TfVariable));
        Assert.Contains(programs, p => p.Eager && LiftedInFunction(p).Any(s => s is Stmt.NameScope));
        Assert.Contains(programs, p => !p.Eager && LiftedInFunction(p).Any(s => s is Stmt.Const));
        Assert.Contains(programs, p => !p.Eager && LiftedInFunction(p).Any(s => s is Stmt.TfVariable));
        Assert.Contains(programs, p => p.Body.Any(s => s is Stmt.Function { Calls: 2 }));
        Assert.Contains(programs, p => p.UnderGraph && LiftedInFunction(p).Any(s => s is Stmt.Const));
    }

    private static IEnumerable<Stmt> LiftedInFunction(ScopeProgram p) =>
        Flatten(p.Body).OfType<Stmt.Function>().SelectMany(f => Flatten(f.Body)).OfType<Stmt.InitScope>().SelectMany(i => Flatten(i.Body));

    private static IEnumerable<Stmt> Flatten(IEnumerable<Stmt> body) => body.SelectMany(s => new[] { s }.Concat(s switch
    {
        Stmt.NameScope n => Flatten(n.Body),
        Stmt.ReenterNameScope n => Flatten(n.Body),
        Stmt.ControlDependencies n => Flatten(n.Body),
        Stmt.NoControlDependencies n => Flatten(n.Body),
        Stmt.InitScope n => Flatten(n.Body),
        Stmt.VariableScope n => Flatten(n.Body),
        Stmt.DefaultVariableScope n => Flatten(n.Body),
        Stmt.ReenterVariableScope n => Flatten(n.Body),
        Stmt.Raises n => Flatten(n.Body),
        Stmt.Function n => Flatten(n.Body),
        _ => [],
    }));

    /// <summary>The model alone, on programs whose answers TensorFlow documents.</summary>
    [Fact]
    public void The_model_gives_tensorflows_documented_answers()
    {
        // variable_scope docstring: "foo/bar/v:0"; get_variable again without reuse raises; with reuse=True it is returned.
        var program = new ScopeProgram([
            new Stmt.VariableScope("foo", ReuseArg.Omitted, true, [new Stmt.VariableScope("bar", ReuseArg.Omitted, true, [new Stmt.GetVariable("v"), new Stmt.GetVariable("v")])]),
            new Stmt.VariableScope("foo", ReuseArg.True, true, [new Stmt.VariableScope("bar", ReuseArg.Omitted, true, [new Stmt.GetVariable("v"), new Stmt.GetVariable("u")])]),
            // ops.py name_scope docstring / unique_name: a second "foo" name scope is "foo_1"; constants "c", "c_1".
            new Stmt.Const("c"), new Stmt.Const("c"),
            // tf-semantics.md §3.5: default names within a parent are d, d_1.
            new Stmt.DefaultVariableScope("d", []), new Stmt.DefaultVariableScope("d", []),
        ], null);
        var (stdout, error) = NamingModel.Expect(program);
        Assert.Null(error);
        Assert.Equal("""
            variable_scope foo 'foo'
            variable_scope foo/bar 'foo/bar'
            get_variable foo/bar/v:0
            get_variable ValueError
            variable_scope foo 'foo_1'
            variable_scope foo/bar 'foo_1/bar'
            get_variable foo/bar/v:0
            get_variable ValueError
            c:0 []
            c_1:0 []
            variable_scope d 'd'
            variable_scope d_1 'd_1'

            """.Replace("\r\n", "\n"), stdout);
    }

    /// <summary>
    /// The model on init_scope inside tf.function in TF 2.x: executing_eagerly() is False in the body
    /// and True inside init_scope (init_scope docstring), while the FuncGraph stays the default graph
    /// (ops.py init_scope enters eager_mode only; tf.inside_function reads get_default_graph()), the name scope is kept as the eager scope
    /// (ops.py init_scope: name_scope(scope, skip_on_eager=False)), eager name scopes are not
    /// uniquified and name the variable (name_scope_v2, UninitializedVariable), the FuncGraph's own
    /// names start afresh (func_graph.py), and creating a variable on the first trace traces again
    /// (polymorphic_function.py Function._call; conformance function/variable_traced_twice).
    /// </summary>
    [Fact]
    public void The_model_lifts_init_scope_in_a_function_to_eager()
    {
        var function = new Stmt.Function([
            new Stmt.NameScope("s", [new Stmt.Const("a"), new Stmt.InitScope([new Stmt.TfVariable("v"), new Stmt.NameScope("b", [])])]),
            new Stmt.Const("a"),
        ], 2);
        var (stdout, error) = NamingModel.Expect(new ScopeProgram([function], null, Eager: true));
        Assert.Null(error);
        Assert.Equal("""
            function False True
            name_scope 's/'
            s/a:0 []
            init_scope True True 's'
            Variable s/v:0
            name_scope 's/b/'
            a:0 []
            function False True
            name_scope 's/'
            s/a:0 []
            init_scope True True 's'
            name_scope 's/b/'
            a:0 []

            """.Replace("\r\n", "\n"), stdout);
    }

    /// <summary>
    /// In a graph program init_scope lifts to the program's graph: the function's name scope string is
    /// re-entered there and names are uniquified against that graph's names (ops.py init_scope,
    /// _get_outer_context_and_inner_device_stack), without control inputs; the function's own names
    /// live in its FuncGraph.
    /// </summary>
    [Fact]
    public void The_model_lifts_init_scope_in_a_function_to_the_outer_graph()
    {
        var function = new Stmt.Function([
            new Stmt.NameScope("s", [new Stmt.Const("a"), new Stmt.InitScope([new Stmt.Const("a"), new Stmt.TfVariable("a")]), new Stmt.Const("a")]),
        ], 2);
        var program = new ScopeProgram([new Stmt.Const("s"), new Stmt.ControlDependencies([0], [function]), new Stmt.Const("s")], null);
        var (stdout, error) = NamingModel.Expect(program);
        Assert.Null(error);
        Assert.Equal("""
            s:0 []
            function False True
            name_scope 's/'
            s/a:0 []
            init_scope False False 's'
            s/a:0 []
            Variable s/a_1:0
            s/a_1:0 []
            s_1:0 []

            """.Replace("\r\n", "\n"), stdout);
    }
}
