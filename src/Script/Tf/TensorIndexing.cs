using ScopeFn.Core.Graphs;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Types;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// <c>Tensor.__getitem__</c> (tensor_getitem_override.py <c>_slice_helper</c>) and
/// <c>Variable.__getitem__</c> (<c>_slice_helper_var</c>: the same over <c>var.value()</c>): a bool
/// key is a <c>boolean_mask</c>; otherwise each element of the subscript (a lone key counts as a
/// one-element list) is checked by <c>_check_index</c> and handed to the core's slice helper.
/// </summary>
internal static class TensorIndexing
{
    private const string SliceTypeError =
        "Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar tf.int32/tf.int64 tensors are valid indices";

    // _SUPPORTED_SLICE_DTYPES.
    private static readonly DType[] SliceDTypes = [DType.Int16, DType.Int32, DType.Int64];

    public static PyObject GetItem(TfProcess p, Tensor tensor, PyObject key)
    {
        if (key is PyBool || key is TensorObject { Tensor.DType: var d } && d == DType.Bool)
            return p.Tensor(p.Build(MaskOps.BooleanMask(tensor, Convert.ToInput(key)), "boolean_mask"));
        IReadOnlyList<PyObject> items = key is PyTuple t ? t.Items : key is PyList l ? l.Items : [key];
        var spec = items.Select(Item).ToList();
        return p.Tensor(p.Build(SliceHelper.Slice(tensor, spec), "strided_slice"));
    }

    private static SliceSpec Item(PyObject s) => s switch
    {
        PySlice slice => new SliceSpec.Range(Bound(slice.Start), Bound(slice.Stop), Bound(slice.Step)),
        PyEllipsis => new SliceSpec.Ellipsis(),
        PyNone => new SliceSpec.NewAxis(),
        _ => new SliceSpec.Index(Checked(s)),
    };

    private static object? Bound(PyObject value) => value is PyNone ? null : Checked(value);

    /// <summary><c>_check_index</c>: integers pass; otherwise only int tensors that are not 1-D.</summary>
    private static object Checked(PyObject idx) => idx switch
    {
        PyInt i => (long)i.Value,
        TensorObject t when SliceDTypes.Contains(t.Tensor.DType) && t.Tensor.Shape.Rank != 1 => t.Tensor,
        _ => throw PyErrors.TypeError($"{SliceTypeError}, got {idx.Repr()}"),
    };
}
