using ScopeFn.Core.Graphs;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Kernels;

namespace ScopeFn.Interpreter.Evaluation;

/// <summary>
/// Kernels of <c>If</c> / <c>StatelessIf</c> (core/kernels/functional_ops.cc <c>IfOp</c>): the
/// predicate decides (<c>ToBool</c>: a scalar is true when nonzero, a string when non-empty,
/// any other tensor when it has elements), then the <c>then_branch</c> or <c>else_branch</c>
/// function runs on the inputs after the predicate and its outputs are the op's. Per world, as
/// the branch functions live in the world's library.
/// </summary>
public static class IfKernels
{
    public static KernelTable With(KernelTable table, World world)
    {
        var kernel = KernelDef.Of(c => Run(world, table, c));
        return table.With("If", kernel).With("StatelessIf", kernel);
    }

    private static KernelResult<KernelOutput> Run(World world, KernelTable table, KernelContext c)
    {
        var taken = ToBool(c.Array(0));
        var attr = c.Op.Attr(taken ? "then_branch" : "else_branch");
        var name = attr is AttrValue.FuncValue f ? f.Name : "";
        var found = FunctionBodies.Find(world, name);
        if (found.Error is { } missing) return KernelResult<KernelOutput>.Fail(missing);
        var fn = found.Value;
        return FunctionBodies.Run(world, table, fn, fn.Inputs, c.Inputs.Skip(1).ToList(), c.State);
    }

    private static bool ToBool(NdArray pred)
    {
        if (!pred.IsScalar) return pred.Size > 0;
        return pred.GetBoxed(0) switch
        {
            bool b => b,
            string s => s.Length > 0,
            byte[] bytes => bytes.Length > 0,
            var v => System.Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) != 0,
        };
    }
}
