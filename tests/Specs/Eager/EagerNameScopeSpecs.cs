using ScopeFn.Core.Contexts;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using static ScopeFn.Specs.Eager.EagerContextSpecs;

namespace ScopeFn.Specs.Eager;

/// <summary>
/// Name scopes while executing eagerly. source: ops.py <c>name_scope_v2.__enter__</c> and
/// <c>internal_name_scope_v1.__enter__</c> eager branches ("Names are not auto-incremented in eager
/// mode"; a trailing slash is absolute; an empty name resets); tf-semantics.md E12.
/// </summary>
public class EagerNameScopeSpecs
{
    [Fact]
    public void Entering_the_same_name_twice_gives_the_same_scope()
    {
        var program =
            from a in NameScope.V2("a", s => Tf.Pure(s))
            from b in NameScope.V2("a", s => Tf.Pure(s))
            select (a, b);
        Assert.Equal(("a/", "a/"), Ok(program));
    }

    [Fact] // E12: nested name_scope("x") twice → x/x/ both times
    public void Nesting_appends_and_is_never_uniquified()
    {
        var program =
            from a in NameScope.V2("x", _ => NameScope.V2("x", s => Tf.Pure(s)))
            from b in NameScope.V2("x", _ => NameScope.V2("x", s => Tf.Pure(s)))
            select (a, b);
        Assert.Equal(("x/x/", "x/x/"), Ok(program));
    }

    [Fact]
    public void A_trailing_slash_is_absolute_and_an_empty_name_resets()
    {
        var program = NameScope.V2("a", _ =>
            from abs in NameScope.V2("b/", s => Tf.Pure(s))
            from root in NameScope.V1("", null, null, s => EagerNameScope.Current.Select(c => (s, c)))
            from back in EagerNameScope.Current
            select (abs, root, back));
        Assert.Equal(("b/", ("", ""), "a"), Ok(program));
    }

    [Fact] // eager scopes are not validated (no graph name check) and record nothing in any graph
    public void Eager_scopes_are_not_validated_and_leave_graphs_untouched()
    {
        var program =
            from s in NameScope.V1("not a valid name!", null, null, s => Tf.Pure(s))
            from g in DefaultGraph.Current
            from names in Tf.Read((w, _) => w.Graph(g).NamesInUse.Count)
            select (s, names);
        Assert.Equal(("not a valid name!/", 0), Ok(program));
    }

    [Fact] // v1 with name None falls back to default_name, as in graphs
    public void V1_uses_the_default_name() =>
        Assert.Equal("d/", Ok(NameScope.V1(null, "d", null, s => Tf.Pure(s))));
}
