using LanguageExt;

namespace ScopeFn.Core.Variables;

/// <summary>
/// variable_scope.py <c>_VariableStore</c> of one graph, shared by every thread: variables made by
/// <c>get_variable</c> by full name, and partitioned variables by name.
/// </summary>
public sealed record VariableStore(HashMap<string, Variable> Vars, HashMap<string, PartitionedVariable> PartitionedVars)
{
    public static VariableStore Empty { get; } = new(HashMap<string, Variable>.Empty, HashMap<string, PartitionedVariable>.Empty);

    /// <summary><c>_store_eager_variables</c>: set for an EagerVariableStore's store, which keeps variables created while eager.</summary>
    public bool StoreEagerVariables { get; init; }

    public int Count => Vars.Count + PartitionedVars.Count;
}
