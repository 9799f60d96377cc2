using System.Runtime.CompilerServices;

namespace ScopeFn.Script.Tf;

/// <summary>A Python tuple of fetches: the session's fetch mapper keeps tuples as tuples (session.py _ListFetchMapper).</summary>
internal sealed class FetchTuple(object?[] items) : ITuple
{
    public int Length => items.Length;
    public object? this[int index] => items[index];
}
