using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Functions;

/// <summary>
/// ops.py <c>uid()</c> (<c>pywrap_tfe.TFE_Py_UID</c>): the next value of the process's one uid
/// counter, which EagerTensors and graphs also take (<see cref="Eager.EagerContext.LastUid"/>).
/// </summary>
public static class Uids
{
    public static (World World, long Uid) Next(World w)
    {
        var uid = w.Eager.LastUid + 1;
        return (w with { Eager = w.Eager with { LastUid = uid } }, uid);
    }
}
