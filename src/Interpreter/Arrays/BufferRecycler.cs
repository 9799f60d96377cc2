using System.Collections;
using System.Runtime.CompilerServices;

namespace ScopeFn.Interpreter.Arrays;

/// <summary>
/// A session's pool of large kernel output buffers, reused from run to run as TF's allocator reuses
/// freed blocks. Without it every step of a training loop asks the GC for tens of fresh megabytes,
/// which the OS hands out page by page (a fault per 4 KB page on first touch) and the GC collects
/// in gen-2 sweeps. Only buffers that kernels fill completely come from here (see
/// <see cref="NdArray{T}.AllocateForOverwrite"/>), so a reused buffer's old contents never show.
/// <para>
/// Safety rests on one rule, applied after a successful run: a buffer handed out during the run goes
/// back to the pool only when no array the run returns (its fetched values) or keeps (the arrays of
/// the new <c>SessionState</c>) uses it. Arrays from earlier runs are never returned, so a state or
/// value a caller kept from before stays intact. A failed run returns nothing to the pool.
/// </para>
/// </summary>
public sealed class BufferRecycler
{
    /// <summary>Buffers below this size come from the GC as usual: gen-0 allocation is cheap for them.</summary>
    public const int MinBytes = 32 * 1024;

    /// <summary>The default ceiling on pooled memory.</summary>
    public const long DefaultMaxPooledBytes = 512L << 20;

    /// <param name="maxPooledBytes">The pool keeps at most this much memory.</param>
    public BufferRecycler(long maxPooledBytes = DefaultMaxPooledBytes) => MaxPooledBytes = maxPooledBytes;

    public long MaxPooledBytes { get; }

    [ThreadStatic] private static BufferRecycler? active;

    private readonly Dictionary<(Type, int), Stack<Array>> free = [];
    private readonly List<Array> handedOut = [];
    private long pooledBytes;

    /// <summary>Bytes currently held for reuse.</summary>
    public long PooledBytes => pooledBytes;

    /// <summary>Makes this pool the source of large overwrite buffers on this thread until the scope ends.</summary>
    public Scope Activate()
    {
        var previous = active;
        active = this;
        handedOut.Clear();
        return new Scope(previous);
    }

    /// <summary>Whether buffers were handed out since <see cref="Activate"/> (if not, there is nothing to reclaim).</summary>
    public bool HasHandedOut => handedOut.Count > 0;

    /// <summary>A buffer of exactly <paramref name="length"/> elements from the active pool (recorded as handed out), or null when no pool is active or the buffer is small.</summary>
    internal static T[]? TryRent<T>(int length) where T : unmanaged
    {
        var pool = active;
        if (pool is null || (long)length * Unsafe.SizeOf<T>() < MinBytes) return null;
        T[] buffer;
        if (pool.free.TryGetValue((typeof(T), length), out var stack) && stack.Count > 0)
        {
            buffer = (T[])stack.Pop();
            pool.pooledBytes -= (long)length * Unsafe.SizeOf<T>();
        }
        else
        {
            buffer = GC.AllocateUninitializedArray<T>(length);
        }
        pool.handedOut.Add(buffer);
        return buffer;
    }

    /// <summary>After a successful run: pools every buffer handed out during it that none of <paramref name="live"/> uses.</summary>
    public void Reclaim(IEnumerable<NdArray> live)
    {
        if (handedOut.Count == 0) return;
        var kept = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var a in live) kept.Add(a.Storage);
        foreach (var buffer in handedOut)
        {
            if (kept.Contains(buffer)) continue;
            long bytes = Buffer.ByteLength(buffer);
            if (pooledBytes + bytes > MaxPooledBytes) continue;
            var key = (buffer.GetType().GetElementType()!, buffer.Length);
            if (!free.TryGetValue(key, out var stack)) free[key] = stack = new Stack<Array>();
            // A buffer is recorded once per rent, and rented only while not pooled, so no duplicates.
            stack.Push(buffer);
            pooledBytes += bytes;
        }
        handedOut.Clear();
    }

    /// <summary>After a failed run: forget what was handed out (those buffers go to the GC).</summary>
    public void Forget() => handedOut.Clear();

    /// <summary>Drops every pooled buffer.</summary>
    public void Clear()
    {
        free.Clear();
        handedOut.Clear();
        pooledBytes = 0;
    }

    /// <summary>Every array in a fetch result (an array, or lists, tuples and dicts of them).</summary>
    public static IEnumerable<NdArray> ArraysIn(object? value)
    {
        switch (value)
        {
            case NdArray a:
                yield return a;
                break;
            case IDictionary d:
                foreach (var v in d.Values)
                    foreach (var a in ArraysIn(v)) yield return a;
                break;
            case IEnumerable e and not string:
                foreach (var v in e)
                    foreach (var a in ArraysIn(v)) yield return a;
                break;
        }
    }

    /// <summary>Restores the previously active pool (a struct: a run's fixed cost stays allocation-free here).</summary>
    public readonly struct Scope(BufferRecycler? previous) : IDisposable
    {
        public void Dispose() => active = previous;
    }
}
