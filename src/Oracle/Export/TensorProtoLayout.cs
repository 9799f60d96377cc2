using System.Buffers.Binary;
using System.Globalization;
using ScopeFn.Core.Types;

namespace ScopeFn.Oracle.Export;

/// <summary>
/// How a Const's value is laid out in a <c>TensorProto</c> (tensor.proto), shared by the text and
/// binary writers so both carry the same fields. The rule is tensor_util.py's
/// <c>make_tensor_proto</c>: more than one element of a dtype in <c>_TENSOR_CONTENT_TYPES</c>
/// (half, bfloat16, float, double, int8/16/32/64, uint8, uint32, uint64) goes to
/// <c>tensor_content</c> as the row-major little-endian bytes; everything else (scalars, bool,
/// string, uint16) to the dtype's typed <c>*_val</c> field, one entry per element.
/// (make_tensor_proto writes a single value only when it broadcasts a scalar to a shape; a
/// literal here holds every element, so a multi-element value is always written in full.)
/// </summary>
public static class TensorProtoLayout
{
    /// <summary>tensor.proto field numbers.</summary>
    public const int Dtype = 1, TensorShape = 2, TensorContent = 4, FloatVal = 5, DoubleVal = 6, IntVal = 7,
        StringVal = 8, Int64Val = 10, BoolVal = 11, HalfVal = 13, Uint32Val = 16, Uint64Val = 17;

    public static bool UsesContent(TensorLiteral t) => t.Count > 1 && t.DType.Enum is DTypeEnum.Half or DTypeEnum.BFloat16
        or DTypeEnum.Float or DTypeEnum.Double or DTypeEnum.Int8 or DTypeEnum.Int16 or DTypeEnum.Int32 or DTypeEnum.Int64
        or DTypeEnum.UInt8 or DTypeEnum.UInt32 or DTypeEnum.UInt64;

    /// <summary>The typed value field of a dtype: number and text-format name.</summary>
    public static (int Number, string Name) ValField(DType d) => d.Enum switch
    {
        DTypeEnum.Float => (FloatVal, "float_val"),
        DTypeEnum.Double => (DoubleVal, "double_val"),
        DTypeEnum.Half or DTypeEnum.BFloat16 => (HalfVal, "half_val"),
        DTypeEnum.Int64 => (Int64Val, "int64_val"),
        DTypeEnum.UInt32 => (Uint32Val, "uint32_val"),
        DTypeEnum.UInt64 => (Uint64Val, "uint64_val"),
        DTypeEnum.Bool => (BoolVal, "bool_val"),
        DTypeEnum.String => (StringVal, "string_val"),
        DTypeEnum.Int8 or DTypeEnum.Int16 or DTypeEnum.Int32 or DTypeEnum.UInt8 or DTypeEnum.UInt16 => (IntVal, "int_val"),
        _ => throw new ArgumentException($"no TensorProto value field for dtype {d.Name}"),
    };

    /// <summary>The value of element <paramref name="i"/> in its field's wire type: float, double, long, bool or string.</summary>
    public static object FieldValue(TensorLiteral t, int i) => t.DType.Enum switch
    {
        DTypeEnum.Float => (float)(double)t[i],
        DTypeEnum.Double => (double)t[i],
        DTypeEnum.Half => (long)BitConverter.HalfToUInt16Bits((Half)(double)t[i]),
        DTypeEnum.BFloat16 => (long)(BitConverter.SingleToUInt32Bits((float)(double)t[i]) >> 16),
        DTypeEnum.Bool => (bool)t[i],
        DTypeEnum.String => (string)t[i],
        _ => Convert.ToInt64(t[i], CultureInfo.InvariantCulture),
    };

    /// <summary>The <c>tensor_content</c> bytes: each element little-endian, row-major (Tensor::AsProtoTensorContent).</summary>
    public static byte[] Content(TensorLiteral t)
    {
        var size = ElementSize(t.DType);
        var bytes = new byte[t.Count * size];
        for (var i = 0; i < t.Count; i++)
        {
            var span = bytes.AsSpan(i * size, size);
            switch (t.DType.Enum)
            {
                case DTypeEnum.Float: BinaryPrimitives.WriteSingleLittleEndian(span, (float)(double)t[i]); break;
                case DTypeEnum.Double: BinaryPrimitives.WriteDoubleLittleEndian(span, (double)t[i]); break;
                case DTypeEnum.Half or DTypeEnum.BFloat16: BinaryPrimitives.WriteUInt16LittleEndian(span, (ushort)(long)FieldValue(t, i)); break;
                default:
                    var v = (long)t[i];
                    for (var b = 0; b < size; b++) span[b] = (byte)(v >> (8 * b));
                    break;
            }
        }
        return bytes;
    }

    private static int ElementSize(DType d) => d.Enum switch
    {
        DTypeEnum.Bool => 1,
        DTypeEnum.BFloat16 => 2,
        _ when d.Size > 0 => d.Size,
        _ => throw new ArgumentException($"dtype {d.Name} has no tensor_content layout"),
    };

    /// <summary>
    /// The literal a decoded TensorProto stands for. As tensor.cc's <c>FromProtoField</c>: fewer
    /// typed values than elements repeat the last value (none at all means zeros); tensor_content,
    /// when present, holds every element.
    /// </summary>
    public static TensorLiteral ToLiteral(DType dtype, long[] shape, byte[]? content, IReadOnlyList<object> values)
    {
        var n = checked((int)shape.Aggregate(1L, (a, b) => a * b));
        if (content is { Length: > 0 }) values = FromContent(dtype, content, n);
        object Get(int i) => values.Count == 0 ? Zero(dtype) : values[Math.Min(i, values.Count - 1)];
        var all = Enumerable.Range(0, n).Select(Get).ToList();
        return dtype.Enum switch
        {
            DTypeEnum.Float or DTypeEnum.Double => TensorLiteral.Floats(dtype, shape, all.Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture))),
            DTypeEnum.Half => TensorLiteral.Floats(dtype, shape, all.Select(v => (double)BitConverter.UInt16BitsToHalf((ushort)Convert.ToInt64(v, CultureInfo.InvariantCulture)))),
            DTypeEnum.BFloat16 => TensorLiteral.Floats(dtype, shape, all.Select(v => (double)BitConverter.UInt32BitsToSingle((uint)Convert.ToInt64(v, CultureInfo.InvariantCulture) << 16))),
            DTypeEnum.Bool => TensorLiteral.Bools(shape, all.Select(v => (bool)v)),
            DTypeEnum.String => TensorLiteral.Strings(shape, all.Select(v => (string)v)),
            _ when dtype.IsInteger => TensorLiteral.Longs(dtype, shape, all.Select(v => Convert.ToInt64(v, CultureInfo.InvariantCulture))),
            _ => throw new InvalidDataException($"TensorProto of dtype {dtype.Name} is not supported"),
        };
    }

    private static object Zero(DType d) => d.Enum switch
    {
        DTypeEnum.Float => 0f,
        DTypeEnum.Double => 0d,
        DTypeEnum.Bool => false,
        DTypeEnum.String => "",
        _ => 0L,
    };

    private static List<object> FromContent(DType dtype, byte[] content, int n)
    {
        var size = ElementSize(dtype);
        if (content.Length != n * size)
            throw new InvalidDataException($"tensor_content holds {content.Length} bytes; {n} {dtype.Name} elements need {n * size}");
        var values = new List<object>(n);
        for (var i = 0; i < n; i++)
        {
            var span = content.AsSpan(i * size, size);
            values.Add(dtype.Enum switch
            {
                DTypeEnum.Float => BinaryPrimitives.ReadSingleLittleEndian(span),
                DTypeEnum.Double => BinaryPrimitives.ReadDoubleLittleEndian(span),
                DTypeEnum.Half or DTypeEnum.BFloat16 => (long)BinaryPrimitives.ReadUInt16LittleEndian(span),
                DTypeEnum.Bool => span[0] != 0,
                DTypeEnum.Int8 => (long)(sbyte)span[0],
                DTypeEnum.Int16 => (long)BinaryPrimitives.ReadInt16LittleEndian(span),
                DTypeEnum.Int32 => (long)BinaryPrimitives.ReadInt32LittleEndian(span),
                DTypeEnum.UInt8 => (long)span[0],
                DTypeEnum.UInt16 => (long)BinaryPrimitives.ReadUInt16LittleEndian(span),
                DTypeEnum.UInt32 => (long)BinaryPrimitives.ReadUInt32LittleEndian(span),
                _ => BinaryPrimitives.ReadInt64LittleEndian(span),
            });
        }
        return values;
    }
}
