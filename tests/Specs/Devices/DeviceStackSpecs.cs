using LanguageExt;
using ScopeFn.Core.Devices;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Worlds;
using static ScopeFn.Specs.Core.Harness;

namespace ScopeFn.Specs.DeviceSpecs;

/// <summary>
/// The device stack at op creation. source: tensorflow/python/framework/ops_test.py DeviceTest
/// (testDevicePartialString … testOverwritingBehavior), ops.py Graph.device /
/// _apply_device_functions / _UserDeviceSpec, device.py MergeDevice.
/// </summary>
public class DeviceStackSpecs
{
    private static Tf<T> Device<T>(string? name, Tf<T> body) =>
        Tf.Bracket(Devices.Enter(name is null ? DeviceScope.Clear.Instance : (DeviceScope)DeviceScope.FromString(name)), _ => body);

    private static Tf<T> Merge<T>(string spec, Tf<T> body) =>
        Tf.Bracket(Devices.Enter(DeviceScope.FromMergeDevice((DeviceSpec)DeviceSpec.FromString(spec))), _ => body);

    private static Tf<T> Fn<T>(Func<ScopeFn.Core.Graphs.Operation, string> fn, Tf<T> body) =>
        Tf.Bracket(Devices.Enter(new DeviceScope.Function(op => Tf.Pure(fn(op)), "fn")), _ => body);

    /// <summary>Each op of the default graph as (name, device).</summary>
    private static Tf<(string, string)[]> Placed { get; } =
        from g in DefaultGraph.Current
        from ops in Tf.Read((w, _) => w.Graph(g).Ops.Select(o => (o.Name, o.Device)).ToArray())
        select ops;

    private static Tf<Unit> Op => Constant.Of(1.0, name: "FloatOutput").Select(_ => Unit.Default);

    [Fact] // testNoDevice
    public void No_device_is_empty() => Assert.Equal([("FloatOutput", "")], Value(Op.Then(Placed)));

    [Fact] // testDevicePartialString
    public void Partial_string() =>
        Assert.Equal([("FloatOutput", "/job:worker/replica:2")], Value(Device("/job:worker/replica:2", Op).Then(Placed)));

    [Fact] // testNesting
    public void Nesting_inner_wins_and_outer_comes_back() =>
        Assert.Equal(
            [("FloatOutput", "/job:worker/replica:2"), ("FloatOutput_1", "/job:worker/replica:3/task:0"), ("FloatOutput_2", "/job:worker/replica:2")],
            Value(Device("/job:worker/replica:2", Op.Then(Device("/job:worker/replica:3/task:0", Op)).Then(Op)).Then(Placed)));

    [Fact] // testNestingOverrideGpuCpu
    public void Nesting_overrides_the_device_type() =>
        Assert.Equal(
            [("FloatOutput", "/job:worker/replica:2/device:CPU:1"), ("FloatOutput_1", "/job:worker/replica:2/device:GPU:2"), ("FloatOutput_2", "/job:worker/replica:2/device:CPU:1")],
            Value(Device("/job:worker/replica:2/device:CPU:1", Op.Then(Device("/job:worker/replica:2/device:GPU:2", Op)).Then(Op)).Then(Placed)));

    [Fact] // testNestingWithDeviceStrings: partial strings merge; device("") changes nothing
    public void Nesting_with_device_strings() =>
        Assert.Equal(
            [("FloatOutput", "/device:GPU:0"), ("FloatOutput_1", "/job:worker/device:GPU:0"), ("FloatOutput_2", "/job:worker/device:CPU:0"),
             ("FloatOutput_3", "/job:ps/device:CPU:0"), ("FloatOutput_4", "/job:ps/device:CPU:0")],
            Value(Device("/device:GPU:0", Op.Then(Device("/job:worker", Op.Then(Device("/device:CPU:0", Op.Then(Device("/job:ps", Op.Then(Device("", Op)))))))))
                .Then(Placed)));

    [Fact] // testNestingWithMergeDeviceFunction (merge_device(None) is an empty merge)
    public void Nesting_with_merge_device() =>
        Assert.Equal(
            [("FloatOutput", "/device:GPU:0"), ("FloatOutput_1", "/job:worker/device:GPU:0"), ("FloatOutput_2", "/job:worker/device:CPU:0"),
             ("FloatOutput_3", "/job:ps/device:CPU:0"), ("FloatOutput_4", "/job:ps/device:CPU:0")],
            Value(Merge("/device:GPU:0", Op.Then(Merge("/job:worker", Op.Then(Merge("/device:CPU:0", Op.Then(Merge("/job:ps", Op.Then(Merge("", Op)))))))))
                .Then(Placed)));

    [Fact] // testNestingWithDeviceStringWildcard
    public void Wildcard_index_is_filled_by_the_outer_spec() =>
        Assert.Equal(
            [("FloatOutput", "/device:GPU:7"), ("FloatOutput_1", "/device:GPU:7"), ("FloatOutput_2", "/device:CPU:*"), ("FloatOutput_3", "/device:CPU:5")],
            Value(Device("/device:GPU:7", Op.Then(Device("/device:GPU:*", Op)))
                .Then(Device("/device:CPU:*", Op.Then(Device("/device:CPU:5", Op)))).Then(Placed)));

    [Fact] // testNoneClearsDefault
    public void None_clears_the_outer_device() =>
        Assert.Equal(
            [("FloatOutput", "/job:worker/replica:2/device:CPU:1"), ("FloatOutput_1", ""), ("FloatOutput_2", "/job:worker/replica:2/device:CPU:1")],
            Value(Device("/job:worker/replica:2/device:CPU:1", Op.Then(Device(null, Op)).Then(Op)).Then(Placed)));

    [Fact] // testNoneIgnoresOuterDeviceFunction
    public void None_ignores_an_outer_device_function() =>
        Assert.Equal(
            [("FloatOutput", "/job:worker/replica:2/device:CPU:1"), ("FloatOutput_1", ""), ("FloatOutput_2", "/job:worker/replica:2/device:CPU:1")],
            Value(Fn(_ => "/job:worker/replica:2/device:CPU:1", Op.Then(Device(null, Op)).Then(Op)).Then(Placed)));

    [Fact] // testOverwritingBehavior: an outer function's string is used verbatim over inner merges
    public void Overwriting_device_function() =>
        Assert.Equal(
            [("FloatOutput", "/job:overwrite"), ("FloatOutput_1", "/job:overwrite"), ("FloatOutput_2", "/job:overwrite"),
             ("FloatOutput_3", "/job:ps"), ("FloatOutput_4", "/job:ps")],
            Value(Fn(_ => "/job:overwrite",
                    Op.Then(Device("/job:ps", Op)).Then(Merge("/job:ps", Op))
                      .Then(Device(null, Device("/job:ps", Op))).Then(Device(null, Merge("/job:ps", Op))))
                .Then(Placed)));

    [Fact] // a device function sees the op, already named, with the device inner entries gave it
    public void Device_function_sees_the_op() =>
        Assert.Equal([("FloatOutput", "FloatOutput|Const|/job:ps")],
            Value(Fn(op => $"{op.Name}|{op.Type}|{op.Device}", Device("/job:ps", Op)).Then(Placed)));

    [Fact] // MergeDevice parses the op's device so far: a function's malformed string fails at the next merge
    public void Merge_over_a_malformed_device_fails()
    {
        var e = Error(Device("/job:ps", Fn(_ => "bogus", Op)));
        Assert.Equal("Unknown attribute 'bogus' is encountered while parsing the device spec: 'bogus'.", e.Message);
    }

    [Fact] // the stack is per graph and thread (TF 2.x): another thread does not see it
    public void Stack_is_per_graph_and_thread()
    {
        var (w0, g0) = Run(DefaultGraph.Current);
        var world = Devices.EnterInGraph(g0, DeviceScope.FromSpec(new DeviceSpec(job: "ps")))(w0, ThreadId.Main).World;
        var mine = DefaultGraph.AsDefault(g0, Constant.Of(1.0, name: "mine")).Run(world, ThreadId.Main);
        var other = DefaultGraph.AsDefault(g0, Constant.Of(1.0, name: "other")).Run(mine.World, new ThreadId(2));
        Assert.Equal("/job:ps", other.World.Graph(g0).OpNamed("mine")!.Device);
        Assert.Equal("", other.World.Graph(g0).OpNamed("other")!.Device);
    }

    [Fact] // tf.device v2 refuses functions (ops.py device_v2)
    public void Device_v2_refuses_functions() =>
        AssertError(Tf.Bracket(Devices.EnterV2(new DeviceScope.Function(_ => Tf.Pure(""), "f")), _ => Op),
            "RuntimeError", "tf.device does not support functions.");
}
