using System.Globalization;
using LanguageExt;
using ScopeFn.Core.Errors;

namespace ScopeFn.Core.Devices;

/// <summary>
/// device_spec.py <c>DeviceSpecV2._string_to_components</c> followed by the constructor's int
/// conversions: '/'-separated parts, each split at ':' — <c>job:J</c>, <c>replica:R</c>,
/// <c>task:T</c>, <c>TYPE</c> or <c>TYPE:I</c> for a known type in any case, <c>device:TYPE:I</c>
/// — empty parts skipped, anything else an error. The replica and task strings become ints only
/// after the whole string is scanned, so the scan's errors come first, as in TF. Messages are
/// those of TF 2.12 and later.
/// </summary>
internal static class DeviceSpecParser
{
    /// <summary>
    /// <c>_VALID_DEVICE_TYPES</c> together with the physical devices' types, which on the CPU-only
    /// machine TF describes for ScopeFn add nothing ("CPU").
    /// </summary>
    public static readonly System.Collections.Generic.HashSet<string> ValidDeviceTypes = ["CPU", "GPU", "TPU", "CUSTOM", "EPU"];

    public static Either<TfError, DeviceSpec> Parse(string? spec)
    {
        spec ??= "";
        string? job = null, replica = null, task = null, deviceType = null;
        long? deviceIndex = null;
        foreach (var part in spec.Split('/'))
        {
            var y = part.Split(':');
            var ly = y.Length;
            if (ly == 2 && y[0] == "job") job = y[1];
            else if (ly == 2 && y[0] == "replica") replica = y[1];
            else if (ly == 2 && y[0] == "task") task = y[1];
            else if ((ly == 1 || ly == 2) && ValidDeviceTypes.Contains(y[0].ToUpperInvariant()))
            {
                if (deviceType is not null) return MultipleTypes(spec);
                deviceType = y[0].ToUpperInvariant();
                if (ly == 2 && y[1] != "*")
                {
                    if (PythonInt(y[1]) is not { } index) return InvalidLiteral(y[1]);
                    deviceIndex = index;
                }
            }
            else if (ly == 3 && y[0] == "device")
            {
                if (deviceType is not null) return MultipleTypes(spec);
                deviceType = y[1];
                if (y[2] != "*")
                {
                    if (PythonInt(y[2]) is not { } index) return InvalidLiteral(y[2]);
                    deviceIndex = index;
                }
            }
            else if (y[0] != "") return new ValueError($"Unknown attribute '{y[0]}' is encountered while parsing the device spec: '{spec}'.");
        }
        long? r = null, t = null;
        if (replica is not null && (r = PythonInt(replica)) is null) return InvalidLiteral(replica);
        if (task is not null && (t = PythonInt(task)) is null) return InvalidLiteral(task);
        return new DeviceSpec(job, r, t, deviceType, deviceIndex);
    }

    private static Either<TfError, DeviceSpec> MultipleTypes(string spec) => new ValueError($"Multiple device types are not allowed while parsing the device spec: {spec}.");

    /// <summary>Python's <c>int(s)</c> failure message.</summary>
    private static Either<TfError, DeviceSpec> InvalidLiteral(string s) => new ValueError($"invalid literal for int() with base 10: '{s}'");

    /// <summary>
    /// Python's <c>int(str)</c> in base 10: surrounding whitespace, an optional sign, digits with
    /// single underscores between them. Null when Python would raise (or the value overflows a long).
    /// </summary>
    internal static long? PythonInt(string s)
    {
        var t = s.Trim(' ', '\t', '\n', '\r', '\v', '\f');
        var sign = "";
        if (t.Length > 0 && (t[0] == '+' || t[0] == '-')) { sign = t[0] == '-' ? "-" : ""; t = t[1..]; }
        if (t.Length == 0 || t[0] == '_' || t[^1] == '_' || t.Contains("__")) return null;
        var digits = t.Replace("_", "");
        if (!digits.All(char.IsAsciiDigit)) return null;
        return long.TryParse(sign + digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
