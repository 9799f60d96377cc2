using LanguageExt;
using LanguageExt.ClassInstances;

namespace ScopeFn.Core.Variables;

/// <summary>
/// variable_scope.py <c>_VariableScopeStore</c> for one (graph, thread): the current scope (by id)
/// and <c>variable_scopes_count</c>, full scope name → times opened.
/// </summary>
public sealed record VariableScopeStore(int CurrentScope, HashMap<EqString, string, int> Counts)
{
    /// <summary><c>open_variable_scope</c>.</summary>
    public VariableScopeStore Open(string name) => this with { Counts = Counts.AddOrUpdate(name, Count(name) + 1) };

    /// <summary><c>close_variable_subscopes</c>: every counter below <paramref name="name"/> goes back to 0; its own stays.</summary>
    public VariableScopeStore CloseSubscopes(string name) => this with
    {
        Counts = Counts.Map((k, v) => k.StartsWith(name + "/", StringComparison.Ordinal) ? 0 : v),
    };

    public int Count(string name) => Counts.Find(name).IfNone(0);
}
