using ScopeFn.Script.Syntax;

namespace ScopeFn.Specs.Script;

/// <summary>
/// The bounded parse cache <c>scopefn serve</c> keeps: a script is kept from its second sighting, a
/// hit is what a fresh parse gives, and the least recently used entry goes first.
/// </summary>
public class ParseCacheSpecs
{
    private const string Ok = "x = [i * i for i in range(3)]\nprint(x)\n";
    private const string Bad = "x = (1,\n";

    /// <summary>Parses twice, so the script is admitted, and returns the kept result.</summary>
    private static ParseResult Admit(ParseCache cache, string source, string file)
    {
        cache.Parse(source, file);
        return cache.Parse(source, file);
    }

    [Fact]
    public void A_script_seen_once_is_not_kept()
    {
        var cache = new ParseCache(4);
        var first = cache.Parse(Ok, "a.py");
        Assert.Equal(0, cache.Count);
        Assert.NotSame(first, cache.Parse(Ok, "a.py"));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void A_hit_is_the_same_tree_a_fresh_parse_builds()
    {
        var cache = new ParseCache(4);
        var kept = Admit(cache, Ok, "a.py");
        var hit = cache.Parse(Ok, "a.py");
        Assert.Same(kept, hit);
        Assert.Equal(AstDump.Of(Parser.Parse(Ok, "a.py").Module!), AstDump.Of(hit.Module!));
    }

    [Fact]
    public void A_syntax_error_is_cached_with_its_file_line_and_column()
    {
        var cache = new ParseCache(4);
        Admit(cache, Bad, "a.py");
        Assert.Equal(Parser.Parse(Bad, "a.py").Error!.Format(), cache.Parse(Bad, "a.py").Error!.Format());
        // The file name is part of the key: the same text under another name reports that name.
        Assert.Contains("b.py", Admit(cache, Bad, "b.py").Error!.Format(), StringComparison.Ordinal);
        Assert.Contains("b.py", cache.Parse(Bad, "b.py").Error!.Format(), StringComparison.Ordinal);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void The_cache_is_bounded_and_evicts_the_least_recently_used_script()
    {
        var cache = new ParseCache(2);
        var a = Admit(cache, "a = 1\n", "f.py");
        var b = Admit(cache, "b = 1\n", "f.py");
        Assert.Same(a, cache.Parse("a = 1\n", "f.py")); // a is now the most recently used
        Admit(cache, "c = 1\n", "f.py");                 // evicts b
        Assert.Equal(2, cache.Count);
        Assert.Same(a, cache.Parse("a = 1\n", "f.py"));
        Assert.NotSame(b, cache.Parse("b = 1\n", "f.py"));
    }

    [Fact]
    public void Capacity_must_be_positive() => Assert.Throws<ArgumentOutOfRangeException>(() => new ParseCache(0));
}
