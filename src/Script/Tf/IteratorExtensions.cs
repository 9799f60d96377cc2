using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>A Python iterator (<see cref="PyObject.Iterate"/>) as a lazy sequence, for arguments TF accepts as any iterable.</summary>
internal static class IteratorExtensions
{
    public static IEnumerable<PyObject> Drain(this IEnumerator<PyObject> e)
    {
        while (e.MoveNext()) yield return e.Current;
    }
}
