using ScopeFn.Core.Types;
using ScopeFn.Interpreter.Arrays;

namespace ScopeFn.Interpreter.Evaluation;

/// <summary>
/// What flows along a graph edge during a run. Most edges carry a dense array; a ref-typed edge
/// (VariableV2's output) carries a reference to a session variable that consumers without a ref
/// input dereference, and a resource edge (VarHandleOp's output) carries a handle. Keeping the
/// last two as values lets variable kernels be added as plain table entries.
/// </summary>
public abstract record RuntimeValue
{
    private RuntimeValue() { }

    public sealed record Dense(NdArray Array) : RuntimeValue;

    /// <summary>A ref edge: which session variable the consumer reads or updates.</summary>
    public sealed record VariableRef(VariableKey Key, DType DType) : RuntimeValue;

    /// <summary>A resource handle (resource_handle.proto): where the variable lives and what it holds.</summary>
    public sealed record ResourceHandle(VariableKey Key, DType DType) : RuntimeValue;

    /// <summary>
    /// A dead tensor: the untaken output of a Switch, and every output of an op with a dead input
    /// (executor.cc's <c>is_dead</c>); only Merge looks past it.
    /// </summary>
    public sealed record Dead : RuntimeValue
    {
        public static Dead Instance { get; } = new();
    }

    public static implicit operator RuntimeValue(NdArray array) => new Dense(array);
}

/// <summary>A session variable's address: TF's resource-manager container and name (<c>localhost</c> by default).</summary>
public sealed record VariableKey(string Container, string Name)
{
    public const string DefaultContainer = "localhost";

    public static VariableKey Named(string name) => new(DefaultContainer, name);

    public override string ToString() => Container + "/" + Name;
}
