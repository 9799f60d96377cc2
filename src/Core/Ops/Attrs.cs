using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Graphs;

namespace ScopeFn.Core.Ops;

/// <summary>Builds attr maps; <c>_apply_op_helper</c> fills every attr of the OpDef, defaults included.</summary>
internal static class Attrs
{
    public static Map<OrdString, string, AttrValue> Of(params (string Name, AttrValue Value)[] attrs) =>
        attrs.Aggregate(Map<OrdString, string, AttrValue>.Empty, (m, a) => m.AddOrUpdate(a.Name, a.Value));
}
