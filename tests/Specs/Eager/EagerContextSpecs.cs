using ScopeFn.Core.Contexts;
using ScopeFn.Core.Eager;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Eager;

namespace ScopeFn.Specs.Eager;

/// <summary>
/// Eager execution as a context. source: context.py (<c>executing_eagerly</c>, thread-local is_eager,
/// <c>ContextSwitchStack</c> starting with an eager entry), ops.py (<c>_DefaultGraphStack.get_controller</c>
/// enters graph_mode; <c>enable_eager_execution_internal</c>; <c>executing_eagerly_outside_functions</c>;
/// <c>init_scope</c>), the tf.init_scope docstring (seed 000); tf-semantics.md §7, §8.1.
/// </summary>
public class EagerContextSpecs
{
    internal static World Tf2 => EagerMode.Tf2Process(InterpreterEagerExecutor.Initial);

    internal static T Ok<T>(Tf<T> program, World? world = null)
    {
        var r = program.Run(world ?? Tf2);
        return r.Error is null ? r.Value : throw new Xunit.Sdk.XunitException($"unexpected {r.Error}");
    }

    internal static TfError Fails<T>(Tf<T> program, World? world = null) =>
        program.Run(world ?? Tf2).Error ?? throw new Xunit.Sdk.XunitException("expected an error");

    [Fact] // TF 2.x: default_execution_mode is EAGER_MODE; the core's empty world is a graph-mode process
    public void A_tf2_process_executes_eagerly_and_the_empty_world_builds_graphs()
    {
        Assert.True(Ok(EagerMode.ExecutingEagerly));
        Assert.False(Ok(EagerMode.ExecutingEagerly, World.Empty));
    }

    [Fact] // Graph.as_default() enters graph_mode and logs a graph entry; exit returns to eager
    public void Graph_as_default_inside_eager_builds_a_graph()
    {
        var program =
            from g in DefaultGraph.NewGraph
            from inside in DefaultGraph.AsDefault(g,
                from e in EagerMode.ExecutingEagerly
                from c in Constant.Of(1.0, name: "c")
                select (e, c.Name))
            from afterwards in EagerMode.ExecutingEagerly
            select (inside, afterwards);
        var ((eagerInside, name), eagerAfter) = Ok(program);
        Assert.False(eagerInside);
        Assert.Equal("c:0", name);
        Assert.True(eagerAfter);
    }

    [Fact] // disable_eager_execution sets the default to graph mode
    public void Disable_eager_execution_switches_the_process_to_graph_mode() =>
        Assert.False(Ok(from u in EagerMode.Disable from e in EagerMode.ExecutingEagerly select e));

    [Fact] // ops.py enable_eager_execution_internal: graph mode already used → ValueError
    public void Enable_eager_execution_after_graph_use_is_refused()
    {
        var program =
            from g in DefaultGraph.Current
            from u in EagerMode.Enable
            select u;
        var error = Fails(program, World.Empty);
        Assert.Equal("ValueError", error.TypeName);
        Assert.Equal("tf.enable_eager_execution must be called at program startup.", error.Message);
        // At startup (no global default graph yet) it succeeds; when eager already, it is a no-op.
        Assert.True(Ok(from u in EagerMode.Enable from e in EagerMode.ExecutingEagerly select e, World.Empty));
        Assert.True(Ok(from g in DefaultGraph.Current from u in EagerMode.Enable from e in EagerMode.ExecutingEagerly select e));
    }

    [Fact] // tf.init_scope docstring: inside a function traced from eager code, init_scope executes eagerly,
           // while get_default_graph() is still the function graph (the default-graph stack is not popped)
    public void Init_scope_in_a_function_graph_lifts_to_eager()
    {
        var program = FuncGraphs.Building(fg =>
            from before in EagerMode.ExecutingEagerly
            from inside in InitScope.With(
                from e in EagerMode.ExecutingEagerly
                from g in DefaultGraph.Current
                select (e, g))
            from after in EagerMode.ExecutingEagerly
            from outside in EagerMode.ExecutingEagerlyOutsideFunctions
            select (fg, before, inside, after, outside));
        var (fg, before, (eagerInside, defaultInside), after, outside) = Ok(program);
        Assert.False(before);
        Assert.True(eagerInside);
        Assert.Equal(fg, defaultInside);
        Assert.False(after);
        Assert.True(outside);
    }

    [Fact] // a function graph built under a graph's as_default lifts to that graph, not to eager
    public void Init_scope_in_a_function_inside_a_graph_lifts_to_the_graph()
    {
        var program =
            from g in DefaultGraph.NewGraph
            from r in DefaultGraph.AsDefault(g, FuncGraphs.Building(_ =>
                from outside in EagerMode.ExecutingEagerlyOutsideFunctions
                from inside in InitScope.With(from e in EagerMode.ExecutingEagerly from d in DefaultGraph.Current select (e, d))
                select (outside, inside)))
            select (g, r);
        var (outerGraph, (outside, (eager, graph))) = Ok(program);
        Assert.False(outside);
        Assert.False(eager);
        Assert.Equal(outerGraph, graph);
    }

    [Fact] // §7.1 step 2c: name_scope(scope) lifted to eager sets the eager scope_name to the function's scope
    public void Init_scope_lifted_to_eager_carries_the_name_scope()
    {
        var program = FuncGraphs.Building(_ =>
            NameScope.V2("s", _ => InitScope.With(EagerNameScope.Current)));
        Assert.Equal("s", Ok(program));
    }

    [Fact] // §7.1 step 1: executing eagerly, init_scope only pauses the tapes; the eager name scope stays
    public void Init_scope_while_eager_keeps_the_name_scope()
    {
        var program = NameScope.V2("a", _ =>
            InitScope.With(
                from s in EagerNameScope.Current
                from e in EagerMode.ExecutingEagerly
                from stopped in Tf.Read((w, t) => w.Thread(t).RecordingStopped)
                select (s, e, stopped)));
        Assert.Equal(("a", true, true), Ok(program));
    }

    [Fact] // init_scope restores the thread's context on exit
    public void Init_scope_exit_restores_the_thread_context()
    {
        var program = FuncGraphs.Building(_ =>
            from before in Tf.Read((w, t) => w.Thread(t))
            from u in InitScope.With(Tf.Done)
            from after in Tf.Read((w, t) => w.Thread(t))
            select before == after);
        Assert.True(Ok(program));
    }
}
