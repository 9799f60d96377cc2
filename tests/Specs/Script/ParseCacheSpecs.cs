using ScopeFn.Script.Syntax;

namespace ScopeFn.Specs.Script;

/// <summary>The bounded parse cache <c>scopefn serve</c> keeps: a hit is what a fresh parse gives; the least recently used entry goes first.</summary>
public class ParseCacheSpecs
{
    private const string Ok = "x = [i * i for i in range(3)]\nprint(x)\n";
    private const string Bad = "x = (1,\n";

    [Fact]
    public void A_hit_is_the_same_tree_a_fresh_parse_builds()
    {
        var cache = new ParseCache(4);
        var first = cache.Parse(Ok, "a.py");
        var second = cache.Parse(Ok, "a.py");
        Assert.Same(first, second);
        Assert.Equal(AstDump.Of(Parser.Parse(Ok, "a.py").Module!), AstDump.Of(second.Module!));
    }

    [Fact]
    public void A_syntax_error_is_cached_with_its_file_line_and_column()
    {
        var cache = new ParseCache(4);
        cache.Parse(Bad, "a.py");
        Assert.Equal(Parser.Parse(Bad, "a.py").Error!.Format(), cache.Parse(Bad, "a.py").Error!.Format());
        // The file name is part of the key: the same text under another name reports that name.
        Assert.Contains("b.py", cache.Parse(Bad, "b.py").Error!.Format(), StringComparison.Ordinal);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void The_cache_is_bounded_and_evicts_the_least_recently_used_script()
    {
        var cache = new ParseCache(2);
        var a = cache.Parse("a = 1\n", "f.py");
        var b = cache.Parse("b = 1\n", "f.py");
        Assert.Same(a, cache.Parse("a = 1\n", "f.py")); // a is now the most recently used
        cache.Parse("c = 1\n", "f.py");                  // evicts b
        Assert.Equal(2, cache.Count);
        Assert.Same(a, cache.Parse("a = 1\n", "f.py"));
        Assert.NotSame(b, cache.Parse("b = 1\n", "f.py"));
    }

    [Fact]
    public void Capacity_must_be_positive() => Assert.Throws<ArgumentOutOfRangeException>(() => new ParseCache(0));
}
