using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Variables;

/// <summary>Which class <c>tf.Variable</c> built: variables.py <c>RefVariable</c> or resource_variable_ops.py <c>ResourceVariable</c>.</summary>
public enum VariableKind
{
    Ref,
    Resource,
}

/// <summary>What <c>get_variable</c> can hand back: a variable or a partitioned variable.</summary>
public interface IVariableLike : INamedElement
{
    DType DType { get; }
    TensorShape Shape { get; }
}

/// <summary>
/// A graph variable as TF builds it. <see cref="Handle"/> is the VariableV2 / VarHandleOp output
/// (<c>v:0</c>), <see cref="Value"/> the graph element reads go through (<c>v/read:0</c> or
/// <c>v/Read/ReadVariableOp:0</c>), <see cref="InitializerOpId"/> the Assign / AssignVariableOp.
/// Two variables are the same TF object exactly when they are in the same graph with the same op.
/// </summary>
public sealed record Variable(
    GraphId Graph,
    VariableKind Kind,
    DType DType,
    TensorShape Shape,
    bool Trainable,
    Tensor Handle,
    Tensor InitialValue,
    int InitializerOpId,
    string InitializerOpName,
    Tensor Value,
    Tensor? IsInitialized,
    string? CachingDevice,
    Constraint? Constraint,
    VariableSynchronization Synchronization,
    VariableAggregation Aggregation) : IVariableLike
{
    /// <summary><c>v.name</c>: the variable op's name plus <c>:0</c>.</summary>
    public string Name => Handle.Name;

    /// <summary><c>v.op.name</c>.</summary>
    public string OpName => Handle.OpName;

    /// <summary><c>v.dtype.name</c>: a ref variable's dtype is the reference type (<c>float32_ref</c>).</summary>
    public string DTypeName => Kind == VariableKind.Ref ? DType.Name + "_ref" : DType.Name;

    public override string ToString() => $"<tf.Variable '{Name}' shape={Shape} dtype={DTypeName}>";

    /// <summary><c>v.op.traceback</c>: the Python stack the variable was created under, outermost first (empty when no shell supplied one).</summary>
    public ScopeFn.Core.Collections.EquatableArray<SourceFrame> Traceback { get; init; }

    /// <summary>
    /// Set on an <c>_UnreadVariable</c> (what a graph <c>assign*</c> returns): the update op every
    /// read of it depends on; its name is the variable's <c>.name</c>.
    /// </summary>
    public Operation? UnreadParent { get; init; }
}

/// <summary>tf.VariableSynchronization.</summary>
public enum VariableSynchronization
{
    Auto = 0,
    None = 1,
    OnWrite = 2,
    OnRead = 3,
}

/// <summary>tf.VariableAggregation (V1 numbering, which adds ONLY_FIRST_TOWER).</summary>
public enum VariableAggregation
{
    None = 0,
    Sum = 1,
    Mean = 2,
    OnlyFirstReplica = 3,
}
