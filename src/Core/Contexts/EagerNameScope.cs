using LanguageExt;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Contexts;

/// <summary>
/// Name scopes while executing eagerly (ops.py <c>name_scope_v2.__enter__</c> and
/// <c>internal_name_scope_v1.__enter__</c>, eager branches): the thread's <c>scope_name</c> is set
/// to the nested path with no uniquification, no validation and nothing recorded in any graph;
/// a trailing '/' makes the name absolute, an empty name resets to the root. Exit restores it.
/// </summary>
public static class EagerNameScope
{
    /// <summary>The scope string entering <paramref name="name"/> under <paramref name="current"/> gives.</summary>
    public static string Nested(string current, string? name) =>
        string.IsNullOrEmpty(name) ? ""
        : name[^1] == '/' ? name
        : current.Length > 0 ? current + name + "/"
        : name + "/";

    /// <summary>Enters <paramref name="name"/> on the thread's eager scope; the value is the new scope string.</summary>
    public static Enter<string> Enter(string? name) => (w, t) =>
    {
        var old = w.Eager.ScopeName(t);
        var scope = Nested(old, name);
        World Restore(World after) => after with { Eager = after.Eager.WithScopeName(t, old) };
        return Result.Ok(w with { Eager = w.Eager.WithScopeName(t, scope) }, new Entered<string>(scope, Restore));
    };

    /// <summary>
    /// <c>ops.name_scope(name)</c> as variable_scope enters it: the graph's name scope, or the eager
    /// scope_name while executing eagerly.
    /// </summary>
    public static Enter<string> EnterInGraphOrEager(GraphId graph, string? name) => (w, t) =>
        EagerMode.IsEager(w, t) ? Enter(name)(w, t) : Scopes.NameScope.EnterInGraph(graph, name)(w, t);

    /// <summary><c>tf.get_current_name_scope()</c> while eager: the scope without its trailing '/'.</summary>
    public static Tf<string> Current { get; } = Tf.Read((w, t) => w.Eager.ScopeName(t).TrimEnd('/'));

    /// <summary><c>tf.get_current_name_scope()</c> in either mode (the graph's <c>get_name_scope()</c> otherwise).</summary>
    public static Tf<string> CurrentInAnyMode { get; } =
        from eager in EagerMode.ExecutingEagerly
        from s in eager ? Current : Scopes.NameScope.Current
        select s;
}
