using ScopeFn.Core.Devices;
using ScopeFn.Core.Errors;

namespace ScopeFn.Specs.DeviceSpecs;

/// <summary>
/// source: tensorflow/python/framework/device_spec_test.py (DeviceSpecTest, the v2 cases) and
/// device_test.py (testCanonicalName, testCheckValid); device_spec.py DeviceSpecV2 (TF 2.12+ messages).
/// </summary>
public class DeviceSpecSpecs
{
    private static DeviceSpec Parse(string s) => (DeviceSpec)DeviceSpec.FromString(s);

    private static TfError ParseError(string s) =>
        DeviceSpec.FromString(s).Match(d => throw new Xunit.Sdk.XunitException($"parsed as {d}"), e => e);

    [Fact] // test_empty
    public void Empty_spec_is_the_empty_string()
    {
        Assert.Equal("", new DeviceSpec().ToString());
        Assert.Equal("", Parse("").ToString());
    }

    [Fact] // test_constructor
    public void Constructor_parts_and_string()
    {
        var d = new DeviceSpec(job: "j", replica: 0, task: 1, deviceType: "CPU", deviceIndex: 2);
        Assert.Equal(("j", 0L, 1L, "CPU", 2L), (d.Job, d.Replica!.Value, d.Task!.Value, d.DeviceType, d.DeviceIndex!.Value));
        Assert.Equal("/job:j/replica:0/task:1/device:CPU:2", d.ToString());
        Assert.Equal("/device:GPU:0", new DeviceSpec(deviceType: "GPU", deviceIndex: 0).ToString());
    }

    [Theory] // testto_string: lowercase cpu/gpu are uppercased; a missing index is the wildcard
    [InlineData("foo", null, null, null, null, "/job:foo")]
    [InlineData("foo", null, 3L, null, null, "/job:foo/task:3")]
    [InlineData("foo", null, 3L, "cpu", 0L, "/job:foo/task:3/device:CPU:0")]
    [InlineData("foo", 12L, null, "cpu", 0L, "/job:foo/replica:12/device:CPU:0")]
    [InlineData("foo", 12L, null, "gpu", 2L, "/job:foo/replica:12/device:GPU:2")]
    [InlineData("foo", 12L, null, null, null, "/job:foo/replica:12")]
    [InlineData("foo", 12L, 3L, "GPU", null, "/job:foo/replica:12/task:3/device:GPU:*")]
    public void To_string(string? job, long? replica, long? task, string? type, long? index, string expected) =>
        Assert.Equal(expected, new DeviceSpec(job, replica, task, type, index).ToString());

    [Fact] // test_to_from_string
    public void From_string_parses_each_form()
    {
        var d = Parse("/job:foo/replica:0");
        Assert.Equal("/job:foo/replica:0", d.ToString());
        Assert.Equal(0L, d.Replica);
        d = Parse("/replica:1/task:0/cpu:0");
        Assert.Equal("/replica:1/task:0/device:CPU:0", d.ToString());
        Assert.Equal((1L, 0L, "CPU", 0L), (d.Replica!.Value, d.Task!.Value, d.DeviceType, d.DeviceIndex!.Value));
        d = Parse("/replica:1/task:0/device:CPU:0");
        Assert.Equal("/replica:1/task:0/device:CPU:0", d.ToString());
        d = Parse("/job:muu/device:GPU:2");
        Assert.Equal(("muu", "GPU", 2L), (d.Job, d.DeviceType, d.DeviceIndex!.Value));
        var e = ParseError("/job:muu/device:GPU:2/cpu:0");
        Assert.IsType<ValueError>(e);
        Assert.Equal("Multiple device types are not allowed while parsing the device spec: /job:muu/device:GPU:2/cpu:0.", e.Message);
    }

    [Fact] // test_combine: make_merged_spec, the argument's parts win
    public void Make_merged_spec()
    {
        var d = Parse("/job:foo/replica:0").MergedWith(Parse("/task:1/device:GPU:2"));
        Assert.Equal("/job:foo/replica:0/task:1/device:GPU:2", d.ToString());
        d = new DeviceSpec().MergedWith(Parse("/task:1/cpu:0"));
        Assert.Equal("/task:1/device:CPU:0", d.ToString());
        d = d.MergedWith(Parse("/job:boo/device:GPU:0"));
        Assert.Equal("/job:boo/task:1/device:GPU:0", d.ToString());
        d = d.MergedWith(Parse("/job:muu/cpu:2"));
        Assert.Equal("/job:muu/task:1/device:CPU:2", d.ToString());
        d = d.MergedWith(Parse("/job:muu/device:MyFunnyDevice:2"));
        Assert.Equal("/job:muu/task:1/device:MyFunnyDevice:2", d.ToString());
    }

    [Theory] // device_test.py testCanonicalName
    [InlineData("/job:foo/replica:0", "/job:foo/replica:0")]
    [InlineData("/replica:0/job:foo", "/job:foo/replica:0")]
    [InlineData("/job:foo/replica:0/task:0", "/job:foo/replica:0/task:0")]
    [InlineData("/job:foo/task:0/replica:0", "/job:foo/replica:0/task:0")]
    [InlineData("/device:CPU:0", "/device:CPU:0")]
    [InlineData("/device:GPU:2", "/device:GPU:2")]
    [InlineData("/job:foo/replica:0/task:0/device:GPU:0", "/job:foo/replica:0/task:0/device:GPU:0")]
    [InlineData("/device:GPU:0/task:0/replica:0/job:foo", "/job:foo/replica:0/task:0/device:GPU:0")]
    public void Canonical_name(string device, string expected) => Assert.Equal(expected, (string)DeviceSpec.CanonicalName(device));

    [Fact] // canonical_name(None) is ""
    public void Canonical_name_of_none_is_empty() => Assert.Equal("", (string)DeviceSpec.CanonicalName(null));

    [Theory] // device_test.py testCheckValid (the messages are Python's int() and device_spec.py's)
    [InlineData("/job:j/replica:foo", "invalid literal for int() with base 10: 'foo'")]
    [InlineData("/job:j/task:bar", "invalid literal for int() with base 10: 'bar'")]
    [InlineData("/barcpugpu:muu/baz:2", "Unknown attribute 'barcpugpu' is encountered while parsing the device spec: '/barcpugpu:muu/baz:2'.")]
    [InlineData("/cpu:0/device:GPU:2", "Multiple device types are not allowed while parsing the device spec: /cpu:0/device:GPU:2.")]
    public void Check_valid_errors(string spec, string message)
    {
        var e = ParseError(spec);
        Assert.IsType<ValueError>(e);
        Assert.Equal(message, e.Message);
    }

    [Fact] // device_spec.py: the short form accepts the known types in any case; "device:" keeps the type as written
    public void Short_forms_and_device_types()
    {
        Assert.Equal("/device:TPU:1", Parse("tpu:1").ToString());
        Assert.Equal("/device:GPU:*", Parse("GPU").ToString());
        Assert.Equal("/device:GPU:*", Parse("/gpu:*").ToString());
        Assert.Equal("/device:XLA_CPU:0", Parse("/device:XLA_CPU:0").ToString());
        // the constructor uppercases only "cpu" and "gpu"
        Assert.Equal("/device:CPU:0", Parse("/device:cpu:0").ToString());
        Assert.Equal("/device:tpu:0", Parse("/device:tpu:0").ToString());
        // an unknown short type is an unknown attribute
        Assert.Equal("Unknown attribute 'xpu' is encountered while parsing the device spec: 'xpu:0'.", ParseError("xpu:0").Message);
    }

    [Fact] // replica and task become ints only after the scan: the scan's error wins
    public void Scan_errors_come_before_int_errors() =>
        Assert.StartsWith("Multiple device types", ParseError("/replica:x/cpu:0/gpu:0").Message);
}
