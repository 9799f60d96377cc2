using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Worlds;
using LanguageExt;

namespace ScopeFn.Core.Devices;

/// <summary>
/// ops.py <c>Graph._apply_device_functions</c>: the new op's device from the thread's device
/// stack, innermost entry first — empty specs are skipped, <c>device(None)</c> stops the walk,
/// a spec fills in the parts the op's device so far leaves unset, a function replaces it.
/// </summary>
internal static class DevicePlacement
{
    /// <summary>
    /// The device of <paramref name="op"/>, or the error with the world it leaves.
    /// <paramref name="withOp"/> gives the world in which the op (with a given device) is in its
    /// graph: TF calls device functions after adding the op, and a failure leaves it there. A
    /// device function sees the op with the device the inner entries gave it; its own changes to
    /// the world are not kept.
    /// </summary>
    public static Either<(World World, TfError Error), string> Apply(Seq<DeviceScope> stack, Operation op, Func<Operation, World> withOp, ThreadId thread)
    {
        var device = op.Device;
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var entry = stack[i];
            if (entry.IsNullMerge) continue;
            switch (entry)
            {
                case DeviceScope.Clear:
                    return device;
                case DeviceScope.Merge merge:
                    var merged = merge.Apply(device);
                    if (merged.IsLeft) return (withOp(op with { Device = device }), (TfError)merged);
                    device = (string)merged;
                    break;
                case DeviceScope.Function function:
                    var world = withOp(op with { Device = device });
                    var chosen = function.Fn(op with { Device = device }).Run(world, thread);
                    if (chosen.Error is not null) return (world, chosen.Error);
                    device = chosen.Value;
                    break;
            }
        }
        return device;
    }
}
