using ScopeFn.Api;

namespace ScopeFn.Specs.Api;

/// <summary>Devices from the C# shell. source: ops_test.py DeviceTest (testNesting, testNoneClearsDefault, testOverwritingBehavior); ops.py device_v2.</summary>
[Collection("tf runtime")]
public class ShellDeviceSpecs
{
    public ShellDeviceSpecs() => tf.ResetRuntime();

    [Fact]
    public void Using_blocks_place_ops()
    {
        ScopeFn.Core.Graphs.Tensor a, b, c, d;
        using (tf.device("/job:worker/replica:2"))
        {
            a = tf.constant(1.0, name: "a");
            using (tf.device("/cpu:0")) b = tf.constant(1.0, name: "b");
            using (tf.device(null)) c = tf.constant(1.0, name: "c");
        }
        using (tf.compat.v1.device(_ => "/job:overwrite"))
        using (tf.device("/job:ps"))
            d = tf.constant(1.0, name: "d");
        Assert.Equal("/job:worker/replica:2", tf.device_of(a));
        Assert.Equal("/job:worker/replica:2/device:CPU:0", tf.device_of(b));
        Assert.Equal("", tf.device_of(c));
        Assert.Equal("/job:overwrite", tf.device_of(d));
    }

    [Fact] // device_spec.py: a malformed string raises ValueError
    public void Malformed_strings_raise()
    {
        var e = Assert.Throws<ScopeFn.Core.Errors.TfException>(() => tf.device("/cpu:0/device:GPU:2"));
        Assert.Equal("ValueError", e.Error.TypeName);
        Assert.Equal("Multiple device types are not allowed while parsing the device spec: /cpu:0/device:GPU:2.", e.Error.Message);
    }
}
