using System.Globalization;
using System.Text;
using ScopeFn.Core.Types;
using ScopeFn.Interpreter.Arrays;

namespace ScopeFn.Script.Tf;

/// <summary>
/// numpy's <c>str(ndarray)</c> (arrayprint.py, defaults: precision 8, floatmode 'maxprec', line
/// width 75, no small-number suppression): values formatted alike and padded to one width,
/// rows wrapped at 75 columns, nested brackets with hanging indents.
/// </summary>
public static class NumpyFormat
{
    private const int LineWidth = 75;

    public static string Str(NdArray array)
    {
        var values = Enumerable.Range(0, (int)array.Size).Select(i => array.GetBoxed(i)).ToList();
        if (array.Rank == 0) return Scalar(array.DType, values[0]);
        var shape = array.Shape.Select(d => (int)d).ToArray();
        // An empty array prints as [] whatever its dtype; there are no elements to size a format by.
        if (shape.Any(d => d == 0)) return "[]";
        var format = ElementFormatter(array.DType, values);
        var words = values.Select(format).ToList();
        var index = 0;
        return Recurse(shape, 0, " ", LineWidth, words, ref index);
    }

    /// <summary>A numpy scalar's str: the shortest repr in its own precision (<c>np.float32(0.1)</c> is <c>0.1</c>).</summary>
    internal static string Scalar(DType dtype, object value) => value switch
    {
        bool b => b ? "True" : "False",
        float f => PyRepr.Float(double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
        Half h => PyRepr.Float(double.Parse(h.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
        double d => PyRepr.Float(d),
        string s => "b" + PyRepr.Repr(s),
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>arrayprint._formatArray for str(): separator ' ', hanging indents, rows wrapped.</summary>
    private static string Recurse(int[] shape, int axis, string hangingIndent, int width, List<string> words, ref int index)
    {
        var count = shape[axis];
        if (axis == shape.Length - 1)
        {
            var elementWidth = width - Math.Max(0, "]".Length);
            var s = new StringBuilder();
            var line = hangingIndent;
            for (var i = 0; i < count; i++)
            {
                var word = words[index++];
                if (line.Length + word.Length > elementWidth && line.Length > hangingIndent.Length)
                {
                    s.Append(line.TrimEnd()).Append('\n');
                    line = hangingIndent;
                }
                line += word;
                if (i < count - 1) line += " ";
            }
            s.Append(line);
            return "[" + s.ToString()[hangingIndent.Length..] + "]";
        }
        var parts = new List<string>();
        for (var i = 0; i < count; i++) parts.Add(Recurse(shape, axis + 1, hangingIndent + " ", width - 1, words, ref index));
        // Rows are separated by one newline, blocks of rows by one more per extra dimension.
        var separator = new string('\n', shape.Length - axis - 1) + hangingIndent;
        return "[" + string.Join(separator, parts) + "]";
    }

    internal static Func<object, string> ElementFormatter(DType dtype, List<object> values)
    {
        if (dtype.IsBool)
        {
            // numpy arrayprint BoolFormat: " True" in every array that is not 0-d (callers format 0-d apart).
            return v => (bool)v ? " True" : "False";
        }
        if (dtype.IsInteger)
        {
            var strings = values.Select(v => System.Convert.ToString(v, CultureInfo.InvariantCulture)!).ToList();
            var width = strings.Max(s => s.Length);
            return v => System.Convert.ToString(v, CultureInfo.InvariantCulture)!.PadLeft(width);
        }
        if (dtype.IsFloating) return FloatFormatter(values.Select(v => System.Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToList(), dtype);
        if (dtype.IsString)
        {
            var width = values.Max(v => ((string)v).Length + 3);
            return v => ("b" + PyRepr.Repr((string)v)).PadLeft(width);
        }
        return v => v.ToString() ?? "";
    }

    /// <summary>FloatingFormat: positional unless the magnitudes call for scientific notation.</summary>
    private static Func<object, string> FloatFormatter(List<double> values, DType dtype)
    {
        var finite = values.Where(double.IsFinite).ToList();
        var nonZero = finite.Where(v => v != 0).Select(Math.Abs).ToList();
        var exp = nonZero.Count > 0 && (nonZero.Max() >= 1e8 || nonZero.Min() < 1e-4 || nonZero.Max() / nonZero.Min() > 1000);
        string Digits(double v) => Shortest(v, dtype, exp);
        var parts = finite.Select(v => Split(Digits(v), exp)).ToList();
        var padLeft = parts.Count == 0 ? 0 : parts.Max(p => p.Int.Length);
        var padRight = parts.Count == 0 ? 0 : parts.Max(p => p.Frac.Length);
        var expWidth = exp && parts.Count > 0 ? parts.Max(p => p.Exp.Length) : 0;
        var nonFiniteWidth = padLeft + padRight + 1 + (exp ? expWidth + 2 : 0);
        return o =>
        {
            var v = System.Convert.ToDouble(o, CultureInfo.InvariantCulture);
            if (double.IsNaN(v)) return "nan".PadLeft(nonFiniteWidth);
            if (double.IsInfinity(v)) return (v > 0 ? "inf" : "-inf").PadLeft(nonFiniteWidth);
            var (i, f, e) = Split(Digits(v), exp);
            var text = i.PadLeft(padLeft) + "." + f.PadRight(padRight);
            if (exp) text += "e" + e[0] + e[1..].PadLeft(Math.Max(2, expWidth - 1), '0');
            return text;
        };
    }

    /// <summary>The shortest digits that identify the value in its own precision (float32 for float32), at most 8 after the point.</summary>
    private static string Shortest(double v, DType dtype, bool scientific)
    {
        var text = dtype.Enum == DTypeEnum.Float
            ? ((float)v).ToString(scientific ? "E7" : "R", CultureInfo.InvariantCulture)
            : v.ToString(scientific ? "E7" : "R", CultureInfo.InvariantCulture);
        if (!scientific)
        {
            var d = decimal.Parse(dtype.Enum == DTypeEnum.Float ? ((float)v).ToString("R", CultureInfo.InvariantCulture) : v.ToString("R", CultureInfo.InvariantCulture),
                NumberStyles.Float, CultureInfo.InvariantCulture);
            return Math.Round(d, 8, MidpointRounding.ToEven).ToString(CultureInfo.InvariantCulture);
        }
        var shortest = dtype.Enum == DTypeEnum.Float ? ((float)v).ToString("R", CultureInfo.InvariantCulture) : v.ToString("R", CultureInfo.InvariantCulture);
        var digits = new string(shortest.Split('E')[0].Where(char.IsDigit).ToArray()).TrimStart('0').TrimEnd('0');
        var exponent = int.Parse(text.Split('E')[1], CultureInfo.InvariantCulture);
        if (digits.Length == 0) digits = "0";
        if (digits.Length > 9) digits = Math.Round(decimal.Parse(digits[..10]) / 10m, MidpointRounding.ToEven).ToString(CultureInfo.InvariantCulture);
        var sign = v < 0 ? "-" : "";
        return sign + digits[0] + "." + digits[1..] + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent);
    }

    private static (string Int, string Frac, string Exp) Split(string text, bool exp)
    {
        var mantissa = exp ? text.Split('e')[0] : text;
        var e = exp ? text.Split('e')[1] : "";
        var dot = mantissa.IndexOf('.');
        return dot < 0 ? (mantissa, "", e) : (mantissa[..dot], mantissa[(dot + 1)..].TrimEnd('0'), e);
    }
}
