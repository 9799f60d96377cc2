using LanguageExt;
using LanguageExt.ClassInstances;

namespace ScopeFn.Core.Variables;

/// <summary>
/// variable_scope.py <c>_VariableStore</c> of one graph, shared by every thread: variables made by
/// <c>get_variable</c> by full name, and partitioned variables by name.
/// </summary>
public sealed record VariableStore(HashMap<EqString, string, Variable> Vars, HashMap<EqString, string, PartitionedVariable> PartitionedVars)
{
    public static VariableStore Empty { get; } = new(HashMap<EqString, string, Variable>.Empty, HashMap<EqString, string, PartitionedVariable>.Empty);

    /// <summary><c>_store_eager_variables</c>: set for an EagerVariableStore's store, which keeps variables created while eager.</summary>
    public bool StoreEagerVariables { get; init; }

    public int Count => Vars.Count + PartitionedVars.Count;
}
