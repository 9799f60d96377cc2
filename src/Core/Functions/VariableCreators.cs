using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Functions;

/// <summary>
/// The variable creators tf.function installs on the FuncGraph it traces
/// (polymorphic_function.py <c>_initialize</c>): under VARIABLE_CREATION the creation goes ahead
/// and is counted in <c>_created_variables</c>; under NO_VARIABLE_CREATION it raises. The creator
/// stack is the default graph's, and a FuncGraph inherits its outer graph's, so the nearest
/// traced FuncGraph up from the default graph decides; init_scope into a plain graph leaves them behind.
/// </summary>
public static class VariableCreators
{
    public const string SingletonOnly =
        "tf.function only supports singleton tf.Variables created on the first call. Make sure the tf.Variable is only created once or created outside tf.function. See https://www.tensorflow.org/guide/function#creating_tfvariables for more information.";

    /// <summary>Runs <paramref name="create"/> (or <paramref name="lifted"/> when a trace captures it) under the creator in force.</summary>
    public static Tf<T> Guard<T>(Tf<T> create, Tf<T>? lifted = null) => Tf.Of<T>((w, t) =>
    {
        var current = DefaultGraph.Get(w, t);
        w = current.World;
        if (Frame(w, current.Value) is not { } frame) return create.Run(w, t);
        if (frame.Scope == ScopeType.NoVariableCreation) return Result.Fail<T>(w, new ValueError(SingletonOnly));
        var r = (lifted ?? create).Run(w, t);
        if (r.Error is not null || frame.Scope != ScopeType.VariableCreation) return r;
        var f = r.World.Functions.Function(frame.FunctionId);
        return r with { World = r.World with { Functions = r.World.Functions.With(f with { CreatedVariables = f.CreatedVariables + 1 }) } };
    });

    private static TraceFrame? Frame(World w, GraphId g)
    {
        var graph = w.Graph(g);
        while (graph.BuildingFunction)
        {
            if (w.Functions.Tracing.TryGetValue(graph.Id, out var frame)) return frame;
            if (graph.OuterGraph is not { } outer) return null;
            graph = w.Graph(outer);
        }
        return null;
    }
}
