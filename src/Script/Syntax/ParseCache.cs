namespace ScopeFn.Script.Syntax;

/// <summary>
/// A bounded, least-recently-used cache of parse results keyed by file name and source text, for
/// long-lived hosts (<c>scopefn serve</c>) whose clients resend the same scripts. Sharing is safe
/// because the AST is immutable and parsing is pure: a hit is the value a fresh parse would give,
/// syntax errors included.
/// A script is admitted on its second sighting only: a client whose every script differs would
/// otherwise make the cache hold hundreds of trees that are never hit, promoted to the oldest GC
/// generation and then evicted (measured: distinct-script throughput fell by a quarter). Scripts
/// seen once are remembered as hashes in a small direct-mapped table; a collision there only admits
/// a script early, and hits still compare the whole key.
/// </summary>
public sealed class ParseCache
{
    private readonly int capacity;
    private readonly Dictionary<(string File, string Source), LinkedListNode<Entry>> entries = new();
    private readonly LinkedList<Entry> recency = new();
    private readonly Lock gate = new();
    private readonly int[] seenOnce;

    private sealed record Entry((string File, string Source) Key, ParseResult Result);

    public ParseCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.capacity = capacity;
        seenOnce = new int[capacity * 4];
    }

    public int Count
    {
        get { lock (gate) return entries.Count; }
    }

    /// <summary>
    /// The cached result for this source, or a fresh parse, remembered if the source was seen before
    /// (evicting the least recently used entry when full).
    /// </summary>
    public ParseResult Parse(string source, string fileName)
    {
        var key = (fileName, source);
        var hash = key.GetHashCode();
        var slot = (int)((uint)hash % (uint)seenOnce.Length);
        bool admit;
        lock (gate)
        {
            if (entries.TryGetValue(key, out var hit))
            {
                recency.Remove(hit);
                recency.AddFirst(hit);
                return hit.Value.Result;
            }
            admit = seenOnce[slot] == hash;
            seenOnce[slot] = hash;
        }
        // Parse outside the lock: a parse of a large script must not hold up other threads' hits.
        var result = Parser.Parse(source, fileName);
        if (!admit) return result;
        lock (gate)
        {
            if (entries.ContainsKey(key)) return result;
            if (entries.Count >= capacity)
            {
                var oldest = recency.Last!;
                recency.RemoveLast();
                entries.Remove(oldest.Value.Key);
            }
            entries[key] = recency.AddFirst(new Entry(key, result));
        }
        return result;
    }
}
