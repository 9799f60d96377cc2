using ScopeFn.Core.Contexts;
using ScopeFn.Core.Eager;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Ops.Initializers;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Tapes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Interpreter.Arrays;
using static ScopeFn.Specs.Eager.EagerContextSpecs;

namespace ScopeFn.Specs.Eager;

/// <summary>
/// Op creation while executing eagerly runs the op at once through the world's executor; the op
/// wrappers are unchanged. source: ops.py (EagerTensor, raise_from_not_ok_status), execute.py,
/// resource_variable_ops.py eager branch, random_ops.py docstrings (tf-random.md V1, V2).
/// </summary>
public class EagerOpSpecs
{
    private static Tf<object?> ValueOf(Tensor t) => Tf.Read((w, _) => (object?)((NdArray)w.Eager.Value(t)!.Data).ToNested());

    [Fact] // tf.add(1., 2.) eagerly: 3.0, and no op is added to any graph
    public void Ops_execute_immediately_and_build_nothing()
    {
        var program =
            from x in MathOps.Add(1.0, 2.0)
            from v in ValueOf(x)
            from g in DefaultGraph.Current
            from count in Tf.Read((w, _) => w.Graph(g).Ops.Count())
            select (EagerContext.IsEager(x), x.DType, v, count);
        var (eager, dtype, value, ops) = Ok(program);
        Assert.True(eager);
        Assert.Equal(DType.Float32, dtype);
        Assert.Equal(3.0f, value);
        Assert.Equal(0, ops);
    }

    [Fact] // matmul and reductions through the unchanged wrappers
    public void Wrappers_work_unchanged()
    {
        var program =
            from a in Constant.Of(new List<object> { new List<object> { 1.0, 2.0 }, new List<object> { 3.0, 4.0 } })
            from m in MathOps.MatMul(a, a)
            from s in MathOps.ReduceSum(m)
            from v in ValueOf(s)
            select v;
        Assert.Equal(54.0f, Ok(program)); // [[7,10],[15,22]] sums to 54
    }

    [Fact] // kernel errors as eager raises them (TF ≈2.13 wrapped-function prefix, [Op:T] name: N)
    public void Kernel_errors_carry_the_eager_op_suffix()
    {
        var program =
            from a in Constant.Of(new List<object> { 1.0, 2.0 })
            from b in Constant.Of(new List<object> { 1.0, 2.0, 3.0 })
            from c in MathOps.Add(a, b)
            select c;
        var error = Fails(program);
        Assert.Equal("InvalidArgumentError", error.TypeName);
        Assert.Equal("{{function_node __wrapped__AddV2_device_/job:localhost/replica:0/task:0/device:CPU:0}} Incompatible shapes: [2] vs. [3] [Op:AddV2] name: Add/", error.Message);
    }

    [Fact] // execute.cc type check: "cannot compute AddV2 as input #1(zero-based) was expected to be a float tensor but is a int32 tensor"
    public void Mismatched_eager_dtypes_fail_before_the_kernel()
    {
        var program =
            from a in Constant.Of(2.0)
            from b in Constant.Of(40L, DType.Int32)
            from c in MathOps.Operator("add", a, b)
            select c;
        var error = Fails(program);
        Assert.Equal("InvalidArgumentError", error.TypeName);
        Assert.Equal("cannot compute AddV2 as input #1(zero-based) was expected to be a float tensor but is a int32 tensor [Op:AddV2] name: add/", error.Message);
    }

    [Fact] // array_ops.placeholder: RuntimeError while eager
    public void Placeholders_are_refused()
    {
        var error = Fails(ArrayOps.Placeholder(DType.Float32));
        Assert.Equal("tf.placeholder() is not compatible with eager execution.", error.Message);
    }

    [Fact] // ops.py: an EagerTensor fed to a graph outside a function
    public void Eager_tensors_cannot_enter_a_graph()
    {
        var program =
            from x in Constant.Of(1.0)
            from g in DefaultGraph.NewGraph
            from y in DefaultGraph.AsDefault(g, ArrayOps.Identity(x))
            select y;
        Assert.Equal("Attempting to capture an EagerTensor without building a function.", Fails(program).Message);
    }

    [Fact] // record.py: an executed op is recorded iff an input is watched; its outputs become watched
    public void Tapes_record_eager_ops_like_graph_ops()
    {
        var program =
            from x in Constant.Of(3.0)
            from y in Constant.Of(4.0)
            from tape in GradientTapes.New()
            from r in GradientTapes.Recording(tape,
                from u in GradientTapes.Watch(tape, [x])
                from a in MathOps.Multiply(x, x)
                from b in MathOps.Multiply(y, y)
                from c in MathOps.Add(a, 1.0)
                select (a, b, c))
            from onTape in Tf.Read((w, _) => w.Tapes[tape].Recorded.Select(e => e.OpId).ToList())
            from stored in Tf.Read((w, _) => w.Eager.RecordedOps.Select(kv => kv.Key).ToList())
            select (r, onTape, stored);
        var ((a, b, c), recorded, kept) = Ok(program);
        Assert.Equal([a.OpId, c.OpId], recorded);
        Assert.DoesNotContain(b.OpId, recorded);
        Assert.Equal(recorded.Order(), kept.Order());
    }

    [Fact] // resource_variable_ops eager: name from the eager scope, no uniquification, value assigned
    public void Eager_variables_are_named_by_the_scope_and_never_shared()
    {
        var program = NameScope.V2("x", _ =>
            from a in TfVariable.V2(new VariableArgs(1.0) { Name = "v" })
            from b in TfVariable.V2(new VariableArgs(2.0) { Name = "v" })
            from ra in TfVariable.AsTensor(a)
            from va in ValueOf(ra)
            from update in ResourceVariableUpdates.Update(b, "AssignAddVariableOp", 5.0, null)
            from added in TfVariable.AsTensor(b)
            from vb in ValueOf(added)
            select (a.Name, b.Name, a.Handle == b.Handle, va, vb));
        Assert.Equal(("x/v:0", "x/v:0", false, (object?)1.0f, (object?)7.0f), Ok(program));
    }

    [Fact] // tf-random.md V2 (tf.random.uniform docstring): set_seed(5); uniform int seed=10 → 2, then 0; set_seed(5) again → 2
    public void Eager_random_kernels_are_cached_per_seed()
    {
        Tf<object?> Draw() => RandomOps.RandomUniform([], maxval: 3L, dtype: DType.Int32, seed: 10).SelectMany(ValueOf);
        var program =
            from s1 in RandomSeeds.SetRandomSeed(5)
            from a in Draw()
            from b in Draw()
            from s2 in RandomSeeds.SetRandomSeed(5)
            from c in Draw()
            select (a, b, c);
        Assert.Equal(((object?)2, (object?)0, (object?)2), Ok(program));
    }

    [Fact] // tf-random.md V1 (tf.random.normal docstring): set_seed(5); normal([2,2], seed=1)
    public void Eager_random_normal_matches_the_docstring()
    {
        var program =
            from s in RandomSeeds.SetRandomSeed(5)
            from t in RandomOps.RandomNormal([2, 2], 0.0, 1.0, DType.Float32, seed: 1)
            from a in Tf.Read((w, _) => ScopeFn.Script.Tf.NumpyFormat.Str((NdArray)w.Eager.Value(t)!.Data))
            select a;
        // The docstring shows numpy's printed form.
        Assert.Equal("[[-1.3768897  -0.01258316]\n [-0.169515    1.0824056 ]]", Ok(program));
    }
}
