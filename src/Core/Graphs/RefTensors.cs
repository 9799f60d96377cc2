namespace ScopeFn.Core.Graphs;

/// <summary>
/// Which tensors have a reference dtype (dtypes.py <c>_is_ref_dtype</c>, <c>float32_ref</c>): the
/// outputs of ops whose output args are <c>Ref(T)</c>. ScopeFn's <see cref="Tensor"/> carries the
/// base dtype; ref-ness is a property of the producing op.
/// </summary>
public static class RefTensors
{
    public static bool IsRef(Graph graph, Tensor tensor) => graph.Op(tensor.OpId).Type is "VariableV2" or "RefSwitch";

    /// <summary><c>dtype.name</c> as TF shows it: <c>float32_ref</c> for a ref tensor.</summary>
    public static string DTypeName(Graph graph, Tensor tensor) => IsRef(graph, tensor) ? tensor.DType.Name + "_ref" : tensor.DType.Name;
}
