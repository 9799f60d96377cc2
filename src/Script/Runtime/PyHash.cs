using System.Numerics;

namespace ScopeFn.Script.Runtime;

/// <summary>
/// CPython's hashes, so <c>hash(x)</c> is the same in every run and process (never .NET's
/// per-process randomized string or HashCode seeds): numbers modulo the Mersenne prime 2**61 - 1
/// (hash(-1) is -2), str and bytes by SipHash-1-3 with the key CPython uses under
/// PYTHONHASHSEED=0 (all zero), tuples by CPython's xxHash-based tuplehash, plain objects by
/// their id (<c>_Py_HashPointer</c>). Set and dict order never depends on these: both keep
/// insertion order.
/// </summary>
public static class PyHash
{
    private const int Bits = 61;
    private const ulong Modulus = (1UL << Bits) - 1;

    public static long OfInt(BigInteger value)
    {
        var magnitude = (long)(ulong)(BigInteger.Abs(value) % Modulus);
        var hash = value.Sign < 0 ? -magnitude : magnitude;
        return hash == -1 ? -2 : hash;
    }

    public static long OfFloat(double value)
    {
        if (double.IsNaN(value)) return 0;
        if (double.IsInfinity(value)) return value > 0 ? 314159 : -314159;
        var mantissa = Frexp(value, out var exponent);
        var sign = 1L;
        if (mantissa < 0)
        {
            sign = -1;
            mantissa = -mantissa;
        }
        ulong x = 0;
        while (mantissa != 0)
        {
            x = ((x << 28) & Modulus) | (x >> (Bits - 28));
            mantissa *= 268435456.0;
            exponent -= 28;
            var y = (ulong)mantissa;
            mantissa -= y;
            x += y;
            if (x >= Modulus) x -= Modulus;
        }
        exponent = exponent >= 0 ? exponent % Bits : Bits - 1 - ((-1 - exponent) % Bits);
        x = ((x << exponent) & Modulus) | (x >> (Bits - exponent));
        var hash = (long)x * sign;
        return hash == -1 ? -2 : hash;
    }

    /// <summary>str: <c>_Py_HashBytes</c> over the code points at the string's PEP 393 width (1, 2 or 4 bytes each).</summary>
    public static long OfStr(string value)
    {
        var max = 0;
        var pairs = false;
        for (var i = 0; i < value.Length; i++)
        {
            max = Math.Max(max, value[i]);
            // A surrogate pair is one code point beyond the BMP; a lone surrogate is one of its own, as in a Python str.
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) pairs = true;
        }
        if (!pairs)
        {
            var width = max < 0x100 ? 1 : 2;
            var length = value.Length * width;
            var bytes = length <= 256 ? stackalloc byte[length] : new byte[length];
            for (var i = 0; i < value.Length; i++)
            {
                bytes[i * width] = (byte)value[i];
                if (width == 2) bytes[i * 2 + 1] = (byte)(value[i] >> 8);
            }
            return OfBytes(bytes);
        }
        var codePoints = new List<int>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                codePoints.Add(char.ConvertToUtf32(value[i], value[++i]));
            else
                codePoints.Add(value[i]);
        }
        var wide = new byte[codePoints.Count * 4];
        for (var i = 0; i < codePoints.Count; i++)
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(wide.AsSpan(i * 4), codePoints[i]);
        return OfBytes(wide);
    }

    /// <summary>bytes: <c>_Py_HashBytes</c> — 0 for empty, else SipHash-1-3, with -1 reserved.</summary>
    public static long OfBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return 0;
        var hash = (long)SipHash13(bytes);
        return hash == -1 ? -2 : hash;
    }

    /// <summary>tuplehash (Objects/tupleobject.c, 64-bit xxHash primes).</summary>
    public static long OfTuple(IEnumerable<long> itemHashes)
    {
        const ulong prime1 = 11400714785074694791UL, prime2 = 14029467366897019727UL, prime5 = 2870177450012600261UL;
        var acc = prime5;
        var length = 0UL;
        foreach (var lane in itemHashes)
        {
            acc += (ulong)lane * prime2;
            acc = ulong.RotateLeft(acc, 31);
            acc *= prime1;
            length++;
        }
        acc += length ^ (prime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    /// <summary><c>_Py_HashPointer</c>: the address rotated right by 4 bits (the low bits are alignment).</summary>
    public static long OfId(long id)
    {
        var hash = (long)ulong.RotateRight((ulong)id, 4);
        return hash == -1 ? -2 : hash;
    }

    private static ulong SipHash13(ReadOnlySpan<byte> data)
    {
        ulong v0 = 0x736f6d6570736575UL, v1 = 0x646f72616e646f6dUL, v2 = 0x6c7967656e657261UL, v3 = 0x7465646279746573UL;
        var b = (ulong)data.Length << 56;
        var i = 0;
        for (; i + 8 <= data.Length; i += 8)
        {
            var m = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(data[i..]);
            v3 ^= m;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= m;
        }
        ulong tail = 0;
        for (var k = 0; i + k < data.Length; k++) tail |= (ulong)data[i + k] << (8 * k);
        b |= tail;
        v3 ^= b;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= b;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return v0 ^ v1 ^ v2 ^ v3;
    }

    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        Half(ref v0, ref v1, ref v2, ref v3, 13, 16);
        Half(ref v2, ref v1, ref v0, ref v3, 17, 21);
    }

    private static void Half(ref ulong a, ref ulong b, ref ulong c, ref ulong d, int s, int t)
    {
        a += b;
        c += d;
        b = ulong.RotateLeft(b, s) ^ a;
        d = ulong.RotateLeft(d, t) ^ c;
        a = ulong.RotateLeft(a, 32);
    }

    private static double Frexp(double value, out int exponent)
    {
        if (value == 0)
        {
            exponent = 0;
            return value;
        }
        exponent = Math.ILogB(value) + 1;
        return Math.ScaleB(value, -exponent);
    }
}
