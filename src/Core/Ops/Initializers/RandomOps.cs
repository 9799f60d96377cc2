using LanguageExt.ClassInstances;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Ops.Initializers;

/// <summary>
/// random_ops.py in graph mode, with its exact op sequence (the initializers and therefore op
/// seeds and later unique names depend on it): scope, <c>shape</c> Const, parameter Consts,
/// <c>get_seed</c>, the kernel op, then the arithmetic named by the scope.
/// </summary>
public static class RandomOps
{
    /// <summary>A Python scalar bound: an int (<see cref="long"/>) or a float (<see cref="double"/>); TF tests ints with <c>isinstance</c>.</summary>
    private static bool IsInt(object v, long value) => v is int i ? i == value : v is long l && l == value;

    /// <summary><c>tf.random.uniform(shape, minval=0, maxval=None, dtype=float32, seed=None, name=None)</c>.</summary>
    public static Tf<Tensor> RandomUniform(long[] shape, object? minval = null, object? maxval = null, DType? dtype = null, long? seed = null, string? name = null)
    {
        var type = dtype ?? DType.Float32;
        DType[] accepted = [DType.Float16, DType.BFloat16, DType.Float32, DType.Float64, DType.Int32, DType.Int64];
        if (!accepted.Contains(type))
            return Tf.Fail<Tensor>(new ValueError(
                $"Argument `dtype` got invalid value {type.Repr}. Accepted dtypes are ({string.Join(", ", accepted.Select(d => d.Repr))})."));
        var min = minval ?? 0L;
        if (maxval is null && type.IsInteger) return Tf.Fail<Tensor>(new ValueError($"Must specify maxval for integer dtype {type.Repr}"));
        var max = maxval ?? 1L;
        // The [0, 1) float case skips the bound constants and the arithmetic entirely.
        var minIsZero = IsInt(min, 0);
        var maxIsOne = IsInt(max, 1);
        var withBounds = !minIsZero || !maxIsOne || type.IsInteger;
        return NameScope.V1(name, "random_uniform", [], scope =>
            from shapeTensor in ShapeTensor(shape)
            from lo in withBounds ? Convert.ToTensor(min, type, name: "min").Select(t => (object)t) : Tf.Pure(min)
            from hi in withBounds ? Convert.ToTensor(max, type, name: "max").Select(t => (object)t) : Tf.Pure(max)
            from seeds in RandomSeeds.GetSeed(seed)
            from result in type.IsInteger
                ? OpApply.Apply1("RandomUniformInt", scope, [shapeTensor, lo, hi], SeedAttrs(seeds))
                : from rnd in OpApply.Apply1("RandomUniform", null, [shapeTensor], SeedAttrs(seeds).Add("dtype", AttrValue.Of(type)))
                  from r in minIsZero
                      ? maxIsOne ? Tf.Pure(rnd) : MathOps.Multiply(rnd, hi)
                      : from range in MathOps.Operator("sub", hi, lo)
                        from scaled in MathOps.Operator("mul", rnd, range)
                        from added in MathOps.Add(scaled, lo, scope)
                        select added
                  select r
            select result);
    }

    /// <summary><c>tf.random.normal(shape, mean=0.0, stddev=1.0, dtype=float32, seed=None, name=None)</c>.</summary>
    public static Tf<Tensor> RandomNormal(long[] shape, object? mean = null, object? stddev = null, DType? dtype = null, long? seed = null, string? name = null) =>
        Normal("random_normal", "RandomStandardNormal", shape, mean, stddev, dtype, seed, name);

    /// <summary><c>tf.random.truncated_normal(shape, mean=0.0, stddev=1.0, dtype=float32, seed=None, name=None)</c>.</summary>
    public static Tf<Tensor> TruncatedNormal(long[] shape, object? mean = null, object? stddev = null, DType? dtype = null, long? seed = null, string? name = null) =>
        Normal("truncated_normal", "TruncatedNormal", shape, mean, stddev, dtype, seed, name);

    private static Tf<Tensor> Normal(string scopeName, string kernel, long[] shape, object? mean, object? stddev, DType? dtype, long? seed, string? name)
    {
        var type = dtype ?? DType.Float32;
        return NameScope.V1(name, scopeName, [], scope =>
            from shapeTensor in ShapeTensor(shape)
            from m in Convert.ToTensor(mean ?? 0.0, type, name: "mean")
            from s in Convert.ToTensor(stddev ?? 1.0, type, name: "stddev")
            from seeds in RandomSeeds.GetSeed(seed)
            from rnd in OpApply.Apply1(kernel, null, [shapeTensor], SeedAttrs(seeds).Add("dtype", AttrValue.Of(type)))
            from mul in MathOps.Operator("mul", rnd, s)
            from value in MathOps.Add(mul, m, scope)
            select value);
    }

    /// <summary>shape_util.py <c>shape_tensor</c>: a Const named <c>shape</c>, int32 (int64 when a dim needs it, int32 when empty).</summary>
    public static Tf<Tensor> ShapeTensor(long[] shape) =>
        Convert.ToTensor(shape.Select(d => (object)d).ToList(), shape.Length == 0 ? DType.Int32 : null, name: "shape");

    private static LanguageExt.Map<OrdString, string, AttrValue> SeedAttrs((long Seed, long Seed2)? seeds) =>
        Attrs.Of(("seed", AttrValue.Of(seeds?.Seed ?? 0)), ("seed2", AttrValue.Of(seeds?.Seed2 ?? 0)));
}
