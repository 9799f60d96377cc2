using ScopeFn.Core.Devices;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;

#pragma warning disable CS8981 // lower-case on purpose, as in tf.cs
#pragma warning disable IDE1006

namespace ScopeFn.Api;

public static partial class tf
{
    /// <summary><c>tf.device(device_name)</c>: a device string (null is Python's None, which clears the stack).</summary>
    public static Scope<LanguageExt.Unit> device(string? device_name) => Runtime.Enter(Devices.EnterV2(Entry(device_name)));

    /// <summary><c>tf.device(spec)</c> with a <c>tf.DeviceSpec</c> (a separate name, so <c>tf.device(null)</c> stays unambiguous).</summary>
    public static Scope<LanguageExt.Unit> device_spec(DeviceSpec spec) => Runtime.Enter(Devices.EnterV2(DeviceScope.FromSpec(spec)));

    /// <summary><c>tf.DeviceSpec.from_string(spec)</c>; ValueError (as <see cref="TfException"/>) for a malformed string.</summary>
    public static DeviceSpec DeviceSpec_from_string(string spec) =>
        DeviceSpec.FromString(spec).Match(d => d, e => throw e.ToException());

    /// <summary><c>op.device</c> as the calling thread's world has it.</summary>
    public static string device_of(Operation op) => Runtime.World.Graph(op.Graph).Op(op.Id).Device;

    /// <summary><c>tensor.device</c>: its op's device (eager tensors are on the local CPU).</summary>
    public static string device_of(Tensor t) => ScopeFn.Core.Eager.EagerContext.IsEager(t)
        ? Devices.LocalCpu
        : Runtime.World.Graph(t.Graph).Op(t.OpId).Device;

    private static DeviceScope Entry(string? name) => name is null
        ? DeviceScope.Clear.Instance
        : DeviceScope.FromString(name).Match(s => s, e => throw e.ToException());

    public static partial class compat
    {
        public static partial class v1
        {
            /// <summary><c>tf.compat.v1.device(device_name_or_function)</c> with a string (null is None).</summary>
            public static Scope<LanguageExt.Unit> device(string? device_name) => Runtime.Enter(Devices.Enter(Entry(device_name)));

            /// <summary><c>tf.compat.v1.device(fn)</c>: a device function choosing each new op's device.</summary>
            public static Scope<LanguageExt.Unit> device(Func<Operation, string> device_function) =>
                Runtime.Enter(Devices.Enter(new DeviceScope.Function(op => Tf.Pure(device_function(op)), device_function.Method.Name)));
        }
    }
}
