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
/// the new <c>SessionState</c>) uses it. A failed run returns nothing to the pool.
/// </para>
/// <para>
/// Buffers the new state keeps are remembered as <em>held by the state alone</em> when the run did
/// not also return them. Such a buffer is reused once a later run's state drops it (an assignment
/// replaced the variable's value) — the functional-but-in-place reuse of Koka and Lean: an old
/// value nobody else references is dead, so its memory serves the next value. It stays sound
/// because the states such a buffer lives in were never seen outside the session: the owner calls
/// <see cref="Expose"/> whenever it hands its current state out, which forgets every such buffer,
/// and a buffer a run fetches is forgotten too. A state or value a caller kept therefore never
/// shares memory with the pool.
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
    // Buffers of the owner's current state that nothing outside the session has seen.
    private readonly HashSet<Array> heldByStateAlone = new(ReferenceEqualityComparer.Instance);
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

    /// <summary>
    /// Whether <see cref="Reclaim"/> has anything to do after this run: buffers were handed out since
    /// <see cref="Activate"/>, or the state holds buffers alone (a run may fetch or drop them).
    /// </summary>
    public bool HasWork => handedOut.Count > 0 || heldByStateAlone.Count > 0;

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

    /// <summary>Bytes of the current state's buffers that only the state references (a diagnostic).</summary>
    public long HeldByStateAloneBytes => heldByStateAlone.Sum(b => (long)Buffer.ByteLength(b));

    /// <summary>
    /// After a successful run: pools every buffer handed out during it that neither <paramref name="returned"/>
    /// (the fetched values) nor <paramref name="kept"/> (the arrays of the new state) uses, and every
    /// buffer held by the previous state alone that the new state dropped and the run did not return.
    /// </summary>
    public void Reclaim(IEnumerable<NdArray> returned, IEnumerable<NdArray> kept)
    {
        var seen = StoragesOf(returned);
        var stateUses = StoragesOf(kept);
        // A buffer the caller now holds is no longer the state's alone; one the state dropped is dead.
        heldByStateAlone.RemoveWhere(buffer =>
        {
            if (seen.Contains(buffer)) return true;
            if (stateUses.Contains(buffer)) return false;
            Pool(buffer);
            return true;
        });
        foreach (var buffer in handedOut)
        {
            if (seen.Contains(buffer)) continue;
            if (stateUses.Contains(buffer)) heldByStateAlone.Add(buffer);
            else Pool(buffer);
        }
        handedOut.Clear();
    }

    /// <summary>The owner handed its current state out (or may have): none of its buffers may be reused any more.</summary>
    public void Expose() => heldByStateAlone.Clear();

    private static HashSet<object> StoragesOf(IEnumerable<NdArray> arrays)
    {
        var storages = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var a in arrays) storages.Add(a.Storage);
        return storages;
    }

    private void Pool(Array buffer)
    {
        long bytes = Buffer.ByteLength(buffer);
        if (pooledBytes + bytes > MaxPooledBytes) return;
        var key = (buffer.GetType().GetElementType()!, buffer.Length);
        if (!free.TryGetValue(key, out var stack)) free[key] = stack = new Stack<Array>();
        // A buffer is pooled at most once: it is rented only while not pooled, recorded once per rent,
        // and leaves the held-by-state set when it is pooled.
        stack.Push(buffer);
        pooledBytes += bytes;
    }

    /// <summary>
    /// After a failed run: forget what was handed out and what the state held alone (those buffers go
    /// to the GC): a failed run's state is not worth tracking precisely.
    /// </summary>
    public void Forget()
    {
        handedOut.Clear();
        heldByStateAlone.Clear();
    }

    /// <summary>Drops every pooled buffer.</summary>
    public void Clear()
    {
        free.Clear();
        handedOut.Clear();
        heldByStateAlone.Clear();
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
