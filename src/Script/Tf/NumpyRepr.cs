using System.Text;
using ScopeFn.Core.Types;
using ScopeFn.Interpreter.Arrays;

namespace ScopeFn.Script.Tf;

/// <summary>
/// numpy's <c>repr(ndarray)</c> (arrayprint.py <c>_array_repr_implementation</c>, numpy 1.x): the
/// elements formatted as for <c>str</c>, separated by <c>", "</c>, inside <c>array(…)</c> with
/// continuation lines indented past <c>array(</c>, and <c>dtype=…</c> unless the dtype is one numpy
/// infers by default (float64, int64, bool, complex128). A 0-d value prints as a numpy scalar, in
/// numpy 2's form (<see cref="NumpyScalars"/>).
/// </summary>
public static class NumpyRepr
{
    private const int LineWidth = 75;
    private const string Prefix = "array(";

    public static string Repr(NdArray array)
    {
        var values = Enumerable.Range(0, (int)array.Size).Select(i => array.GetBoxed(i)).ToList();
        if (array.Rank == 0) return NumpyScalars.Repr(array);
        var skipDType = DefaultDType(array.DType) && array.Size > 0;
        var dtypeText = "dtype=" + array.DType.Name + ")";
        string body;
        if (array.Size == 0)
            body = array.Rank == 1 ? "[]" : "[], shape=(" + string.Join(", ", array.Shape) + ")";
        else
        {
            var format = NumpyFormat.ElementFormatter(array.DType, values);
            var words = values.Select(format).ToList();
            var index = 0;
            // array2string takes the suffix (")" or ",") off the line width.
            body = Recurse(array.Shape.Select(d => (int)d).ToArray(), 0, new string(' ', Prefix.Length + 1), LineWidth - 1, words, ref index);
        }
        var text = Prefix + body + (skipDType ? ")" : ",");
        if (skipDType) return text;
        var lastLine = text.Length - (text.LastIndexOf('\n') + 1);
        var spacer = lastLine + dtypeText.Length + 1 > LineWidth ? "\n" + new string(' ', Prefix.Length) : " ";
        return text + spacer + dtypeText;
    }

    private static bool DefaultDType(DType d) => d.Enum is DTypeEnum.Double or DTypeEnum.Int64 or DTypeEnum.Bool or DTypeEnum.Complex128;

    /// <summary>arrayprint._formatArray with separator ", " (numpy ≥ 1.14 line-wrapping rules).</summary>
    private static string Recurse(int[] shape, int axis, string hanging, int width, List<string> words, ref int index)
    {
        var count = shape[axis];
        var s = new StringBuilder();
        if (axis == shape.Length - 1)
        {
            var elementWidth = width - 1;
            var line = hanging;
            for (var i = 0; i < count; i++)
            {
                var word = words[index++];
                if (line.Length + word.Length > elementWidth && line.Length > hanging.Length)
                {
                    s.Append(line.TrimEnd()).Append('\n');
                    line = hanging;
                }
                line += word;
                if (i < count - 1) line += ", ";
            }
            s.Append(line);
        }
        else
        {
            var separator = "," + new string('\n', shape.Length - axis - 1);
            for (var i = 0; i < count; i++)
            {
                s.Append(hanging).Append(Recurse(shape, axis + 1, hanging + " ", width - 1, words, ref index));
                if (i < count - 1) s.Append(separator);
            }
        }
        return "[" + s.ToString()[hanging.Length..] + "]";
    }
}
