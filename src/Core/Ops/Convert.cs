using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Ops;

/// <summary>
/// <c>ops.convert_to_tensor</c> in graph mode: a Tensor is checked against the requested dtype;
/// a host value becomes a Const op named <paramref name="name"/> in the current name scope.
/// With only a dtype hint, conversion tries the hint first and falls back to inference.
/// </summary>
public static class Convert
{
    public static Result<Tensor> ToTensor(World w, ThreadId t, object value, DType? dtype, DType? hint, string name)
    {
        if (value is Variables.Variable variable)
        {
            // The variable's registered conversion (_dense_var_to_tensor → value()): a ref variable's
            // snapshot; a resource variable reads anew, a ReadVariableOp in the current name scope.
            if (dtype is { } want && want != variable.DType)
                return Result.Fail<Tensor>(w, new ValueError(
                    $"Incompatible type conversion requested to type {want.Name} for `tf.Variable of type {variable.DType.Name}. (Variable: {variable})"));
            var read = Variables.TfVariable.AsTensor(variable).Run(w, t);
            if (read.Error is not null) return read;
            (w, value) = (read.World, read.Value);
        }
        if (value is Tensor tensor)
        {
            if (Eager.EagerContext.IsEager(tensor) && !Contexts.EagerMode.IsEager(w, t))
            {
                // ops.py convert_to_tensor: an EagerTensor in a graph is captured by the FuncGraph being built.
                var current = DefaultGraph.Get(w, t);
                if (!current.World.Graph(current.Value).BuildingFunction)
                    return Result.Fail<Tensor>(current.World, new RuntimeError("Attempting to capture an EagerTensor without building a function."));
                var captured = Functions.Captures.Capture(current.World, t, current.Value, tensor, null);
                if (captured.Error is not null) return captured;
                (w, tensor) = (captured.World, captured.Value);
            }
            if (dtype is { } d && d != tensor.DType)
                return Result.Fail<Tensor>(w, new ValueError($"Tensor conversion requested dtype {d.Name} for Tensor with dtype {tensor.DType.Name}: {tensor}"));
            return Result.Ok(w, tensor);
        }
        if (value is Operation op)
            return Result.Fail<Tensor>(w, new TypeError($"Can't convert Operation '{op.Name}' to Tensor (target dtype={DTypeText(dtype)}, name='{name}', as_ref=False)"));
        var literal = TensorLiteral.FromHost(value, dtype ?? hint);
        if (literal.IsLeft && dtype is null && hint is not null) literal = TensorLiteral.FromHost(value, null);
        if (literal.IsLeft) return Result.Fail<Tensor>(w, (TfError)literal);
        return Constant.Create(w, t, (TensorLiteral)literal, name);
    }

    public static Tf<Tensor> ToTensor(object value, DType? dtype = null, DType? hint = null, string name = "Const") =>
        Tf.Of<Tensor>((w, t) => ToTensor(w, t, value, dtype, hint, name));

    private static string DTypeText(DType? d) => d is null ? "None" : d.Repr;
}

/// <summary><c>tf.constant</c> in a graph: a Const op named through <c>unique_name</c> directly (no name scope of its own).</summary>
public static class Constant
{
    public static Result<Tensor> Create(World w, ThreadId t, TensorLiteral value, string? name)
    {
        var g = DefaultGraph.Get(w, t);
        var attrs = Map<OrdString, string, AttrValue>.Empty
            .Add("dtype", AttrValue.Of(value.DType))
            .Add("value", AttrValue.Of(value));
        return OpCreation.Create(g.World, t, g.Value, "Const", [], attrs, name ?? "Const").Map(op => op.Output(0));
    }

    /// <summary><c>tf.constant(value, dtype=None, shape=None, name="Const")</c>.</summary>
    public static Tf<Tensor> Of(object value, DType? dtype = null, long[]? shape = null, string? name = "Const") =>
        Tf.Of<Tensor>((w, t) =>
        {
            var literal = TensorLiteral.FromHost(value, dtype);
            if (literal.IsLeft) return Result.Fail<Tensor>(w, (TfError)literal);
            var v = (TensorLiteral)literal;
            if (shape is not null)
            {
                var reshaped = Reshaped(v, shape);
                if (reshaped is null)
                    return Result.Fail<Tensor>(w, new TypeError($"Expected Tensor's shape: {FormatShape(shape)}, but got {FormatShape(v.Shape.ToArray())}."));
                v = reshaped;
            }
            return Create(w, t, v, name);
        });

    /// <summary>
    /// <c>tf.constant</c>'s <c>shape</c> argument (tensor_util.make_tensor_proto with
    /// allow_broadcast): an equal element count is reshaped, a scalar or one-element value is
    /// broadcast; anything else is an error (null).
    /// </summary>
    private static TensorLiteral? Reshaped(TensorLiteral v, long[] shape)
    {
        var count = shape.Aggregate(1L, (a, b) => a * b);
        if (v.Count == count) return Rebuild(v, shape, i => v[i]);
        if (v.Shape.Count == 0 || (v.Shape.Count == 1 && v.Shape[0] == 1)) return Rebuild(v, shape, _ => v[0]);
        return null;
    }

    private static TensorLiteral Rebuild(TensorLiteral v, long[] shape, Func<int, object> at)
    {
        var n = (int)shape.Aggregate(1L, (a, b) => a * b);
        var items = Enumerable.Range(0, n).Select(at);
        return v.DType switch
        {
            { IsFloating: true } => TensorLiteral.Floats(v.DType, shape, items.Cast<double>()),
            { IsInteger: true } => TensorLiteral.Longs(v.DType, shape, items.Cast<long>()),
            { IsBool: true } => TensorLiteral.Bools(shape, items.Cast<bool>()),
            _ => TensorLiteral.Strings(shape, items.Cast<string>()),
        };
    }

    private static string FormatShape(long[] s) => s.Length == 1 ? $"({s[0]},)" : "(" + string.Join(", ", s) + ")";
}
