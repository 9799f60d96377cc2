using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;

namespace ScopeFn.Core.Devices;

/// <summary>
/// A device function (<c>tf.compat.v1.device(fn)</c>): called with the new op, it returns the op's
/// device — a string used verbatim, or a <see cref="DeviceSpec"/>'s canonical string.
/// </summary>
public delegate Tf<string> DeviceFunction(Operation op);

/// <summary>
/// One entry of a graph's device stack (ops.py <c>_UserDeviceSpec</c>): what a <c>device(…)</c>
/// block pushed. Strings and DeviceSpecs merge with the op's device (<see cref="Merge"/>, whose
/// raw string init_scope can carry into eager), <c>None</c> stops the stack (<see cref="Clear"/>),
/// a function decides (<see cref="Function"/>).
/// </summary>
public abstract record DeviceScope
{
    private DeviceScope() { }

    /// <summary>
    /// A device string, a DeviceSpec or a <c>merge_device</c> object: device.py <c>MergeDevice</c>.
    /// <paramref name="RawString"/> is what the user passed as a string (a DeviceSpec's canonical
    /// string; null for a MergeDevice object), which init_scope re-enters as an eager device.
    /// </summary>
    public sealed record Merge(DeviceSpec Spec, string? RawString) : DeviceScope
    {
        /// <summary>MergeDevice.<c>__call__</c> as a string: the op's current device (parsed) wins over this spec.</summary>
        public LanguageExt.Either<Errors.TfError, string> Apply(string opDevice) =>
            DeviceSpec.FromString(opDevice).Map(current => Spec.MergedWith(current).ToString());
    }

    /// <summary><c>device(None)</c>: outer entries do not apply.</summary>
    public sealed record Clear : DeviceScope
    {
        public static Clear Instance { get; } = new();
    }

    /// <summary>A user device function; <paramref name="DisplayName"/> is TF's <c>name&lt;file, line&gt;</c>.</summary>
    public sealed record Function(DeviceFunction Fn, string DisplayName) : DeviceScope;

    /// <summary><c>_UserDeviceSpec.is_null_merge</c>: an empty spec changes no op and is skipped (unlike <see cref="Clear"/>).</summary>
    public bool IsNullMerge => this is Merge m && m.Spec.Equals(DeviceSpec.Empty);

    /// <summary>Python's <c>callable(x)</c> of what was passed: a device function or a MergeDevice object.</summary>
    public bool IsCallable => this is Function or Merge { RawString: null };

    /// <summary>The entry <c>device(name)</c> pushes for a string: parsed when the block is created (ValueError for a malformed string).</summary>
    public static LanguageExt.Either<Errors.TfError, DeviceScope> FromString(string name) =>
        DeviceSpec.FromString(name).Map(spec => (DeviceScope)new Merge(spec, name));

    /// <summary>The entry for a DeviceSpec object.</summary>
    public static DeviceScope FromSpec(DeviceSpec spec) => new Merge(spec, spec.ToString());

    /// <summary>The entry for a <c>merge_device(spec)</c> object: merges, but init_scope does not carry it into eager.</summary>
    public static DeviceScope FromMergeDevice(DeviceSpec spec) => new Merge(spec, null);
}
