using ScopeFn.Core.Contexts;
using ScopeFn.Core.Devices;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Worlds;
using static ScopeFn.Specs.Core.Harness;

namespace ScopeFn.Specs.DeviceSpecs;

/// <summary>
/// init_scope and devices. source: ops_test.py InitScopeTest.testPreservesDevices; ops.py
/// init_scope and _get_outer_context_and_inner_device_stack (the innermost non-empty device stack
/// replaces the outer graph's for the duration; lifting into eager applies its first plain string).
/// </summary>
public class InitScopeDeviceSpecs
{
    private static Tf<T> Device<T>(string name, Tf<T> body) =>
        Tf.Bracket(Devices.Enter((DeviceScope)DeviceScope.FromString(name)), _ => body);

    private static Tf<string> DeviceOf(Tensor t) => Tf.Read((w, _) => w.Graph(t.Graph).Op(t.OpId).Device);

    [Fact] // testPreservesDevices
    public void Preserves_the_function_graphs_devices_in_the_outer_graph()
    {
        var program =
            from g0 in DefaultGraph.NewGraph
            from r in DefaultGraph.AsDefault(g0, Device("CPU:0",
                from inner in FuncGraphs.Building(_ => Device("GPU:0",
                    from onGpu in InitScope.With(Constant.Of(1.0, name: "on_gpu"))
                    from stillOnGpu in Constant.Of(1.0, name: "still_on_gpu")
                    from d1 in DeviceOf(onGpu)
                    from d2 in DeviceOf(stillOnGpu)
                    select (onGpu.Graph, d1, d2)))
                from onCpu in Constant.Of(1.0, name: "on_cpu")
                from d3 in DeviceOf(onCpu)
                select (g0, inner, d3)))
            select r;
        var (outer, (liftedGraph, onGpu, stillOnGpu), onCpu) = Value(program);
        Assert.Equal(outer, liftedGraph);
        Assert.Equal("/device:GPU:0", onGpu);
        Assert.Equal("/device:GPU:0", stillOnGpu);
        Assert.Equal("/device:CPU:0", onCpu);
    }

    [Fact] // an empty function stack: the outer graph's own entry supplies the stack
    public void Empty_function_stack_keeps_the_outer_graphs_devices()
    {
        var program =
            from g0 in DefaultGraph.NewGraph
            from r in DefaultGraph.AsDefault(g0, Device("/job:ps",
                FuncGraphs.Building(_ => InitScope.With(Constant.Of(1.0, name: "c")).SelectMany(DeviceOf))))
            select r;
        Assert.Equal("/job:ps", Value(program));
    }

    [Fact] // the outer graph's stack is restored on exit
    public void Outer_stack_is_restored_after_init_scope()
    {
        var program =
            from g0 in DefaultGraph.NewGraph
            from r in DefaultGraph.AsDefault(g0, Device("/job:ps",
                from _ in FuncGraphs.Building(_ => Device("/job:worker", InitScope.With(Constant.Of(1.0, name: "c"))))
                from after in Constant.Of(1.0, name: "after")
                from d in DeviceOf(after)
                select d))
            select r;
        Assert.Equal("/job:ps", Value(program));
    }

    [Fact] // lifting into eager: the innermost plain device string becomes the eager device for the body
    public void Lifting_into_eager_enters_the_device_string()
    {
        var world = World.Empty with { Eager = World.Empty.Eager with { DefaultEager = true } };
        var program =
            from r in FuncGraphs.Building(_ => Device("/job:localhost/device:CPU:0",
                from inside in InitScope.With(Tf.Read((w, t) => w.Thread(t).EagerDevice.ToString()))
                from after in Tf.Read((w, t) => w.Thread(t).EagerDevice.ToString())
                select (inside, after)))
            select r;
        var (_, (inside, after)) = Run(program, world);
        Assert.Equal("/job:localhost/replica:0/task:0/device:CPU:0", inside);
        // while tracing, tf.device also set the eager device (ops.py device: executing eagerly outside functions)
        Assert.Equal("/job:localhost/replica:0/task:0/device:CPU:0", after);
    }

    [Fact] // context.py _EagerDeviceContext: merged over the context's first device; None clears
    public void Eager_device_merges_over_the_local_cpu()
    {
        var world = World.Empty with { Eager = World.Empty.Eager with { DefaultEager = true } };
        var program =
            Tf.Bracket(Devices.Enter((DeviceScope)DeviceScope.FromString("/gpu:1")), _ =>
                from a in Tf.Read((w, t) => w.Thread(t).EagerDevice.ToString())
                from b in Tf.Bracket(Devices.Enter(DeviceScope.Clear.Instance), _ => Tf.Read((w, t) => w.Thread(t).EagerDevice.ToString()))
                select (a, b));
        var (w1, (a, b)) = Run(program, world);
        Assert.Equal("/job:localhost/replica:0/task:0/device:GPU:1", a);
        Assert.Equal("", b);
        Assert.Equal(DeviceSpec.Empty, w1.Thread(ThreadId.Main).EagerDevice);
    }

    [Fact] // ops.py device: device functions are refused while executing eagerly
    public void Eager_refuses_device_functions()
    {
        var world = World.Empty with { Eager = World.Empty.Eager with { DefaultEager = true } };
        var e = Error(Tf.Bracket(Devices.Enter(new DeviceScope.Function(_ => Tf.Pure(""), "f")), _ => Tf.Done), world);
        Assert.Equal("tf.device does not support functions when eager execution is enabled.", e.Message);
    }
}
