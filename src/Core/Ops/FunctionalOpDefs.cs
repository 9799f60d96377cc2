using LanguageExt;
using ScopeFn.Core.Collections;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Ops;

/// <summary>
/// The functional conditionals cond_v2 builds (core/ops/functional_ops.cc): <c>If</c> (stateful)
/// and <c>StatelessIf</c>, inputs <c>cond: Tcond</c> and <c>input: Tin</c>, outputs
/// <c>output: Tout</c>, attrs <c>then_branch</c> / <c>else_branch</c> (functions) and
/// <c>output_shapes</c>. Their shape function (IfShapeInferenceFn) takes <c>output_shapes</c> when
/// it is set and unknown shapes otherwise.
/// </summary>
internal static class FunctionalOpDefs
{
    public static IEnumerable<OpDef> All { get; } = new OpDef[]
    {
        new("If", [new("cond", "Tcond"), new("input", null, IsList: true)], IfShape),
        new("StatelessIf", [new("cond", "Tcond"), new("input", null, IsList: true)], IfShape),
    };

    private static Either<TfError, EquatableArray<TensorSpec>> IfShape(Shapes.InferenceContext c)
    {
        var types = c.Attrs.Find("Tout").Map(v => ((AttrValue.ListValue)v).Items.Map(t => ((AttrValue.TypeValue)t).DType).ToArray())
            .IfNone(System.Array.Empty<DType>());
        var shapes = c.Attrs.Find("output_shapes").Map(v => ((AttrValue.ListValue)v).Items.Map(s => ((AttrValue.ShapeValue)s).Shape).ToArray())
            .IfNone(System.Array.Empty<TensorShape>());
        return (EquatableArray<TensorSpec>)types
            .Select((t, i) => new TensorSpec(t, shapes.Length == 0 ? TensorShape.Unknown : shapes[i]))
            .ToArray();
    }
}
