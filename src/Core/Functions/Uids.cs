using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Functions;

/// <summary>
/// ops.py <c>uid()</c>: the process-wide counter behind the <c>__inference_…</c>,
/// <c>__forward_…</c> and <c>__backward_…</c> function names and the names of captured EagerTensors.
/// </summary>
public static class Uids
{
    public static (World World, long Uid) Next(World w)
    {
        var uid = w.Functions.LastUid + 1;
        return (w with { Functions = w.Functions with { LastUid = uid } }, uid);
    }
}
