using ScopeFn.Core.Devices;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Oracle.Export;
using static ScopeFn.Specs.Core.Harness;

namespace ScopeFn.Specs.DeviceSpecs;

/// <summary>
/// Devices in exported GraphDefs. source: ops_test.py DeviceTest.testDevicePartialString (the
/// expected GraphDef text: node { name: "FloatOutput" op: "FloatOutput" device: "/job:worker/replica:2" }).
/// </summary>
public class DeviceExportSpecs
{
    [Fact]
    public void Node_device_field_is_written_and_read_back()
    {
        var (world, graph) = Run(
            from g in DefaultGraph.Current
            from _ in Tf.Bracket(Devices.Enter((DeviceScope)DeviceScope.FromString("/job:worker/replica:2")), _ => Constant.Of(1.0, name: "FloatOutput"))
            select g);
        var def = GraphDef.From(world.Graph(graph));
        Assert.Equal("/job:worker/replica:2", def.Nodes.Single().Device);
        var text = GraphDefText.Write(def);
        Assert.Contains("device: \"/job:worker/replica:2\"", text);
        Assert.Equal(def, GraphDefTextParser.Parse(text));
    }
}
