using ScopeFn.Core.Ops.Shapes;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Ops;

/// <summary>
/// resource_variable_ops' in-place updates (<c>v.assign_add</c>, <c>v.assign_sub</c> on resource
/// variables): AssignAddVariableOp and AssignSubVariableOp, no outputs.
/// </summary>
internal static class ResourceUpdateOpDefs
{
    public static IEnumerable<OpDef> All { get; } = new OpDef[]
    {
        new("AssignAddVariableOp", [new("resource", null, Fixed: DType.Resource), new("value", "dtype")], ShapeFunctions.None),
        new("AssignSubVariableOp", [new("resource", null, Fixed: DType.Resource), new("value", "dtype")], ShapeFunctions.None),
    };
}
