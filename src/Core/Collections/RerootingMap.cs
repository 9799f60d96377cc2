using System.Collections;

namespace ScopeFn.Core.Collections;

/// <summary>
/// A fully persistent map that costs a mutable dictionary operation on the newest version
/// (Baker's rerooting, as in persistent arrays): all versions share one dictionary, which holds
/// the contents of the version last touched; every other version is a one-entry difference from a
/// neighbour. Reading or updating an older version first "reroots" the shared dictionary to it by
/// replaying the differences, so old versions stay exactly as they were, only slower to reach.
/// Graph building is almost always linear (each step extends the newest world), which is why
/// Core keeps its large per-graph name tables in this map. A lock per family of versions makes
/// the rerooting safe when threads share worlds.
/// </summary>
public sealed partial class RerootingMap<K, V> : IEnumerable<KeyValuePair<K, V>>, IEquatable<RerootingMap<K, V>>
    where K : notnull
{
    private static readonly IEqualityComparer<V> Values = EqualityComparer<V>.Default;

    private sealed class Store
    {
        public readonly Lock Gate = new();
        public readonly Dictionary<K, V> Data = new();
        public RerootingMap<K, V>? Current;
    }

    private readonly Store store;

    // When this version is not current: it equals `next` with `diffKey` set to `diffValue`
    // (diffHas) or removed (!diffHas). Mutated only under the store's lock while rerooting.
    private RerootingMap<K, V>? next;
    private K diffKey = default!;
    private bool diffHas;
    private V diffValue = default!;

    private RerootingMap(Store store, int count)
    {
        this.store = store;
        Count = count;
    }

    /// <summary>A new, empty family of versions. (Not a shared singleton: each family has its own dictionary.)</summary>
    public static RerootingMap<K, V> Empty
    {
        get
        {
            var store = new Store();
            var empty = new RerootingMap<K, V>(store, 0);
            store.Current = empty;
            return empty;
        }
    }

    public int Count { get; }

    public bool TryGetValue(K key, out V value)
    {
        lock (store.Gate)
        {
            Reroot();
            return store.Data.TryGetValue(key, out value!);
        }
    }

    public bool ContainsKey(K key) => TryGetValue(key, out _);

    public V GetValueOrDefault(K key, V fallback) => TryGetValue(key, out var v) ? v : fallback;

    public V this[K key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key.ToString());

    /// <summary>A new version with <paramref name="key"/> set; this version is unchanged.</summary>
    public RerootingMap<K, V> SetItem(K key, V value)
    {
        lock (store.Gate)
        {
            Reroot();
            var had = store.Data.TryGetValue(key, out var old);
            if (had && Values.Equals(old!, value)) return this;
            store.Data[key] = value;
            var newer = new RerootingMap<K, V>(store, had ? Count : Count + 1);
            store.Current = newer;
            next = newer;
            diffKey = key;
            diffHas = had;
            diffValue = old!;
            return newer;
        }
    }

    /// <summary>Makes the shared dictionary hold this version's contents. Caller holds the lock.</summary>
    private void Reroot()
    {
        if (ReferenceEquals(store.Current, this)) return;
        var path = new Stack<RerootingMap<K, V>>();
        for (var v = this; !ReferenceEquals(v, store.Current); v = v.next!) path.Push(v);
        // Walk back from the current version: apply each difference and reverse its arrow.
        while (path.Count > 0)
        {
            var v = path.Pop();
            var newer = v.next!;
            var data = store.Data;
            var hadNow = data.TryGetValue(v.diffKey, out var valueNow);
            if (v.diffHas) data[v.diffKey] = v.diffValue;
            else data.Remove(v.diffKey);
            newer.next = v;
            newer.diffKey = v.diffKey;
            newer.diffHas = hadNow;
            newer.diffValue = valueNow!;
            v.next = null;
            v.diffKey = default!;
            v.diffValue = default!;
            store.Current = v;
        }
    }

    /// <summary>A snapshot of this version's entries.</summary>
    public KeyValuePair<K, V>[] ToArray()
    {
        lock (store.Gate)
        {
            Reroot();
            return store.Data.ToArray();
        }
    }

    public IEnumerator<KeyValuePair<K, V>> GetEnumerator() => ((IEnumerable<KeyValuePair<K, V>>)ToArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(RerootingMap<K, V>? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (Count != other.Count) return false;
        foreach (var (k, v) in ToArray())
            if (!other.TryGetValue(k, out var w) || !Values.Equals(v, w)) return false;
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as RerootingMap<K, V>);

    public override int GetHashCode() => Count;
}
