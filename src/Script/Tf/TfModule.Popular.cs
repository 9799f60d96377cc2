using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Types;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// The functions snippets use most, under TF's public names and signatures (math_ops.py,
/// array_ops.py, clip_ops.py): registered on <c>tf</c>, <c>tf.compat.v1</c> and <c>tf.math</c> /
/// <c>tf.linalg</c>; the golden lists decide which of them each module shows.
/// </summary>
public static partial class TfModule
{
    private static readonly (string Name, Func<object, string?, Tf<Tensor>> Build)[] UnaryFunctions =
    [
        ("square", (x, n) => MathOps.Square(x, n)),
        ("sqrt", (x, n) => MathOps.Sqrt(x, n)),
        ("exp", (x, n) => MathOps.Exp(x, n)),
        ("log", (x, n) => MathOps.Log(x, n)),
        ("abs", (x, n) => MathOps.Abs(x, n)),
        ("sign", (x, n) => MathOps.Sign(x, n)),
        ("reciprocal", (x, n) => MathOps.Reciprocal(x, n)),
    ];

    private static readonly (string Name, Func<object, object, string?, Tf<Tensor>> Build)[] BinaryFunctions =
    [
        ("pow", (x, y, n) => MathOps.Pow(x, y, n)),
        ("maximum", (x, y, n) => MathOps.Maximum(x, y, n)),
        ("minimum", (x, y, n) => MathOps.Minimum(x, y, n)),
        ("squared_difference", (x, y, n) => MathOps.SquaredDifference(x, y, n)),
        ("equal", (x, y, n) => CompareOps.Equal(x, y, name: n)),
        ("not_equal", (x, y, n) => CompareOps.NotEqual(x, y, name: n)),
        ("less", (x, y, n) => CompareOps.Less(x, y, n)),
        ("less_equal", (x, y, n) => CompareOps.LessEqual(x, y, n)),
        ("greater", (x, y, n) => CompareOps.Greater(x, y, n)),
        ("greater_equal", (x, y, n) => CompareOps.GreaterEqual(x, y, n)),
    ];

    private static readonly (string Name, Func<object, object?, bool, string?, Tf<Tensor>> Build)[] Reductions =
    [
        ("reduce_max", MathOps.ReduceMax),
        ("reduce_min", MathOps.ReduceMin),
        ("reduce_prod", MathOps.ReduceProd),
        ("reduce_any", MathOps.ReduceAny),
        ("reduce_all", MathOps.ReduceAll),
    ];

    private static void AddPopular(TfProcess p, PyModule m)
    {
        var math = (PyModule)m.GetAttribute("math")!;
        foreach (var (name, build) in UnaryFunctions)
        {
            var f = Fn(name, a => Unary(p, a, name, build));
            m.Set(name, f);
            math.Set(name, f);
        }
        foreach (var (name, build) in BinaryFunctions)
        {
            var f = Fn(name, a => Binary(p, a, name, build));
            m.Set(name, f);
            math.Set(name, f);
        }
        foreach (var (name, build) in Reductions)
        {
            var f = Fn(name, a => Reduce(p, a, build));
            m.Set(name, f);
            math.Set(name, f);
        }
        var argmax = Fn("argmax", a => ArgReduce(p, a, MathOps.ArgMax));
        var argmin = Fn("argmin", a => ArgReduce(p, a, MathOps.ArgMin));
        var addN = Fn("add_n", a => p.Tensor(p.Build(MathOps.AddN(Items(a.Arg(0, "inputs")!).Select(Convert.ToInput).ToList(),
            Convert.OptionalString(a.Arg(1, "name"))), "tf.add_n")));
        math.Set("argmax", argmax).Set("argmin", argmin).Set("add_n", addN);
        m.Set("argmax", argmax).Set("argmin", argmin).Set("add_n", addN)
            .Set("newaxis", PyNone.Instance)
            .Set("TensorShape", TfTypes.TensorShape)
            .Set("clip_by_value", Fn("clip_by_value", a => p.Tensor(p.Build(MathOps.ClipByValue(Convert.ToInput(a.Arg(0, "t")!),
                Convert.ToInput(a.Arg(1, "clip_value_min")!), Convert.ToInput(a.Arg(2, "clip_value_max")!),
                Convert.OptionalString(a.Arg(3, "name"))), "tf.clip_by_value"))))
            .Set("transpose", Fn("transpose", a => p.Tensor(p.Build(ArrayOps.Transpose(Convert.ToInput(a.Arg(0, "a")!),
                a.Arg(1, "perm") is { } perm and not PyNone ? Convert.ToInput(perm) : null,
                Convert.OptionalString(a.Arg(3, "name"))), "tf.transpose"))))
            .Set("expand_dims", Fn("expand_dims", a => p.Tensor(p.Build(ArrayOps.ExpandDims(Convert.ToInput(a.Arg(0, "input")!),
                Convert.ToInput(a.Arg(1, "axis") ?? throw PyErrors.TypeError("expand_dims() missing required argument 'axis'")),
                Convert.OptionalString(a.Arg(2, "name"))), "tf.expand_dims"))))
            .Set("squeeze", Fn("squeeze", a => p.Tensor(p.Build(ArrayOps.Squeeze(Convert.ToInput(a.Arg(0, "input")!),
                a.Arg(1, "axis") is { } axis and not PyNone ? (axis is PyInt one ? [(long)one.Value] : Convert.Shape(axis)) : null,
                Convert.OptionalString(a.Arg(2, "name"))), "tf.squeeze"))))
            .Set("size", Fn("size", a => p.Tensor(p.Build(ArrayOps.Size(Convert.ToInput(a.Arg(0, "input")!),
                Dtype(a.Arg(1, "out_type")), Convert.OptionalString(a.Arg(2, "name"))), "tf.size"))))
            .Set("rank", Fn("rank", a => p.Tensor(p.Build(ArrayOps.RankOf(Convert.ToInput(a.Arg(0, "input")!),
                Convert.OptionalString(a.Arg(1, "name"))), "tf.rank"))))
            .Set("zeros_like", Fn("zeros_like", a => p.Tensor(p.Build(ArrayOps.ZerosLike(Convert.ToInput(a.Arg(0, "input") ?? a.Keyword("tensor")!),
                Dtype(a.Arg(1, "dtype")), Convert.OptionalString(a.Arg(2, "name"))), "tf.zeros_like"))))
            .Set("ones_like", Fn("ones_like", a => p.Tensor(p.Build(ArrayOps.OnesLike(Convert.ToInput(a.Arg(0, "input") ?? a.Keyword("tensor")!),
                Dtype(a.Arg(1, "dtype")), Convert.OptionalString(a.Arg(2, "name"))), "tf.ones_like"))))
            .Set("convert_to_tensor", Fn("convert_to_tensor", a => p.Tensor(p.Build(ScopeFn.Core.Ops.Convert.ToTensor(
                Convert.ToInput(a.Arg(0, "value")!), Dtype(a.Arg(1, "dtype")), Dtype(a.Arg(2, "dtype_hint") ?? a.Keyword("preferred_dtype")),
                Convert.OptionalString(a.Arg(3, "name")) ?? "Const"), "tf.convert_to_tensor"))));
        m.Set("tile", Fn("tile", a => p.Tensor(p.Build(ArrayOps.Tile(Convert.ToInput(a.Arg(0, "input")!), Convert.ToInput(a.Arg(1, "multiples")!),
                Convert.OptionalString(a.Arg(2, "name"))), "tf.tile"))))
            .Set("one_hot", Fn("one_hot", a => p.Tensor(p.Build(ArrayOps.OneHot(Convert.ToInput(a.Arg(0, "indices")!), Convert.ToInput(a.Arg(1, "depth")!),
                a.Arg(2, "on_value") is { } on and not PyNone ? Convert.ToInput(on) : null,
                a.Arg(3, "off_value") is { } off and not PyNone ? Convert.ToInput(off) : null,
                Long(a.Arg(4, "axis")), Dtype(a.Arg(5, "dtype")), Convert.OptionalString(a.Arg(6, "name"))), "tf.one_hot"))));
        m.Set("where", Fn("where", a => p.Tensor(p.Build((m.Name == "tensorflow.compat.v1" ? (Func<object, object?, object?, string?, Tf<Tensor>>)ArrayOps.WhereV1 : ArrayOps.WhereV2)(
            Convert.ToInput(a.Arg(0, "condition")!), a.Arg(1, "x") is { } x and not PyNone ? Convert.ToInput(x) : null,
            a.Arg(2, "y") is { } y and not PyNone ? Convert.ToInput(y) : null, Convert.OptionalString(a.Arg(3, "name"))), "tf.where"))));
        var linalg = m.GetAttribute("linalg") as PyModule ?? new PyModule("tensorflow.linalg");
        m.Set("linalg", linalg.Set("matmul", m.GetAttribute("matmul")!));
    }

    /// <summary><c>argmax(input, axis=None, output_type=tf.int64, name=None)</c>; v1's <c>dimension</c> alias of axis.</summary>
    private static PyObject ArgReduce(TfProcess p, CallArgs a, Func<object, object?, DType?, string?, Tf<Tensor>> build)
    {
        var axis = a.Arg(1, "axis") ?? a.Keyword("dimension");
        return p.Tensor(p.Build(build(Convert.ToInput(a.Arg(0, "input")!), axis is null or PyNone ? null : Convert.ToInput(axis),
            Dtype(a.Keyword("output_type")), Convert.OptionalString(a.Keyword("name"))), "tf.argmax"));
    }
}
