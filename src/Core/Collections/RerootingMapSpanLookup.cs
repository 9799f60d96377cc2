namespace ScopeFn.Core.Collections;

/// <summary>
/// Lookups of string-keyed maps by a span of characters: <c>unique_name</c> composes its
/// lower-cased keys in a buffer and needs a key string only when it registers a new name, so the
/// temporary strings of a probe are never made. The shared dictionary's alternate lookup does the
/// work; the version is rerooted first, as for every read.
/// </summary>
public sealed partial class RerootingMap<K, V>
{
    /// <summary>
    /// The entry whose key has the characters of <paramref name="key"/>: its value and the key
    /// object stored for it (which a later <see cref="SetItem"/> of the same key can reuse).
    /// Only for maps whose keys are strings.
    /// </summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out K storedKey, out V value)
    {
        if (store.Data is not Dictionary<string, V> strings)
            throw new InvalidOperationException($"span lookups need string keys, not {typeof(K).Name}");
        lock (store.Gate)
        {
            Reroot();
            if (strings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var found, out value!))
            {
                storedKey = (K)(object)found;
                return true;
            }
            storedKey = default!;
            return false;
        }
    }

    /// <summary>Whether a key with the characters of <paramref name="key"/> is present (string keys only).</summary>
    public bool ContainsKey(ReadOnlySpan<char> key) => TryGetValue(key, out _, out _);
}
