using LanguageExt;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Devices;

/// <summary>The device blocks TF's own Python code opens while building variables.</summary>
public static class DeviceBlocks
{
    /// <summary>ops.py <c>device(name)</c> in graph code: a string (parsed), or null for <c>device(None)</c>.</summary>
    public static Tf<T> Device<T>(string? name, Tf<T> body) =>
        name is null
            ? Tf.Bracket(Devices.Enter(DeviceScope.Clear.Instance), _ => body)
            : DeviceScope.FromString(name).Match(scope => Tf.Bracket(Devices.Enter(scope), _ => body), Tf.Fail<T>);

    /// <summary>
    /// The device part of <c>colocate_with(op)</c> (ops.py <c>_colocate_with_for_gradient</c>): the
    /// device stack is cleared for the block and ops created in it take the colocated op's device
    /// verbatim (<c>_create_op_helper</c> sets it after the device functions, when non-empty).
    /// </summary>
    public static Tf<T> ColocatedWith<T>(GraphId graph, string device, Tf<T> body) =>
        Tf.Bracket(InitScopeDevices.EnterInGraph(graph, device.Length == 0
            ? Seq<DeviceScope>.Empty
            : Seq1<DeviceScope>(new DeviceScope.Function(_ => Tf.Pure(device), "colocate_with"))), _ => body);

    /// <summary><c>colocate_with(None, ignore_existing=True)</c> then <c>device(name)</c>: only <paramref name="name"/> applies.</summary>
    public static Tf<T> OnlyDevice<T>(GraphId graph, string name, Tf<T> body) =>
        DeviceScope.FromString(name).Match(
            scope => Tf.Bracket(InitScopeDevices.EnterInGraph(graph, Seq1(scope)), _ => body),
            Tf.Fail<T>);

    /// <summary><c>tensor.device</c>: its op's device.</summary>
    public static Tf<string> DeviceOf(Graphs.Tensor t) => Tf.Read((w, _) => w.Graph(t.Graph).Op(t.OpId).Device);

    private static Seq<A> Seq1<A>(A a) => Seq<A>.Empty.Add(a);
}
