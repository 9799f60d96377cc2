using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Worlds;

#pragma warning disable IDE1006

namespace ScopeFn.Api;

/// <summary>A <c>tf.Graph</c> handle: an id into the shared world, with the graph's Python methods.</summary>
public sealed record Graph(GraphId Id)
{
    private static TfRuntime Runtime => tf.Runtime;

    private ScopeFn.Core.Graphs.Graph Value => Runtime.World.Graph(Id);

    /// <summary><c>with g.as_default():</c>.</summary>
    public Scope<GraphId> as_default() => Runtime.Enter(DefaultGraph.EnterAsDefault(Id));

    public IReadOnlyList<Operation> get_operations() => Value.Ops.ToList();

    public Operation get_operation_by_name(object name) => Unwrap(GraphLookups.GetOperationByName(Value, name));

    public Tensor get_tensor_by_name(object name) => Unwrap(GraphLookups.GetTensorByName(Value, name));

    public string get_name_scope() => Runtime.World.GraphThread(Id, Runtime.CurrentThread).NameStack;

    public bool building_function => Value.BuildingFunction;

    public bool finalized => Value.Finalized;

    public void finalize() => Runtime.Run(DefaultGraph.Finalize(Id));

    /// <summary><c>g.name_scope(name)</c>: the graph's own name scope, whether or not it is the default.</summary>
    public Scope<string> name_scope(string? name) => Runtime.Enter(NameScope.EnterInGraph(Id, name));

    /// <summary><c>g.device(device_name)</c>: this graph's device stack on the calling thread (null is None).</summary>
    public Scope<LanguageExt.Unit> device(string? device_name) => Runtime.Enter(ScopeFn.Core.Devices.Devices.EnterInGraph(Id,
        device_name is null ? ScopeFn.Core.Devices.DeviceScope.Clear.Instance : Unwrap(ScopeFn.Core.Devices.DeviceScope.FromString(device_name))));

    private static T Unwrap<T>(LanguageExt.Either<ScopeFn.Core.Errors.TfError, T> result) =>
        result.Match(v => v, e => throw e.ToException());
}
