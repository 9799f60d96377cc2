using LanguageExt;
using ScopeFn.Core.Errors;

namespace ScopeFn.Core.Devices;

/// <summary>
/// device_spec.py <c>DeviceSpecV2</c>: a possibly partial device — job, replica, task, device type,
/// device index, each optional. Immutable as in TF 2.x; <see cref="ToString"/> is TF's canonical
/// <c>/job:J/replica:R/task:T/device:TYPE:INDEX</c> with absent parts left out and an absent index
/// written <c>*</c>.
/// </summary>
public sealed record DeviceSpec
{
    public string? Job { get; }
    public long? Replica { get; }
    public long? Task { get; }
    public string? DeviceType { get; }
    public long? DeviceIndex { get; }

    public DeviceSpec(string? job = null, long? replica = null, long? task = null, string? deviceType = null, long? deviceIndex = null)
    {
        Job = job;
        Replica = replica;
        Task = task;
        // Lowercase "cpu" and "gpu" are accepted for backwards compatibility and stored uppercase
        // (_as_device_str_or_none); any other type is kept as written.
        DeviceType = deviceType is "cpu" or "gpu" ? deviceType.ToUpperInvariant() : deviceType;
        DeviceIndex = deviceIndex;
    }

    public static DeviceSpec Empty { get; } = new();

    /// <summary><c>DeviceSpec.from_string</c>: ValueError with TF's message for a malformed string; null or "" is the empty spec.</summary>
    public static Either<TfError, DeviceSpec> FromString(string? spec) => DeviceSpecParser.Parse(spec);

    /// <summary><c>make_merged_spec(dev)</c>: each part of <paramref name="dev"/> that is set wins over this spec's.</summary>
    public DeviceSpec MergedWith(DeviceSpec dev) => new(
        dev.Job ?? Job, dev.Replica ?? Replica, dev.Task ?? Task, dev.DeviceType ?? DeviceType, dev.DeviceIndex ?? DeviceIndex);

    /// <summary><c>to_string()</c>, e.g. <c>/job:worker/replica:0/task:1/device:GPU:0</c>.</summary>
    public override string ToString()
    {
        var s = "";
        if (Job is not null) s += "/job:" + Job;
        if (Replica is { } r) s += "/replica:" + r;
        if (Task is { } t) s += "/task:" + t;
        if (DeviceType is not null) s += "/device:" + DeviceType + ":" + (DeviceIndex is { } i ? i.ToString() : "*");
        return s;
    }

    /// <summary>Python's <c>int(s)</c> as the constructor applies it to replica, task and index strings; null where Python raises.</summary>
    public static long? PythonInt(string s) => DeviceSpecParser.PythonInt(s);

    /// <summary>device.py <c>canonical_name</c>: "" for null, else the parsed string's canonical form.</summary>
    public static Either<TfError, string> CanonicalName(string? device) =>
        device is null ? "" : FromString(device).Map(d => d.ToString());
}
