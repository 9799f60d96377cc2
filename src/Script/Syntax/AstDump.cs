using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text;

namespace ScopeFn.Script.Syntax;

/// <summary>
/// A compact structural rendering of an AST without spans, e.g.
/// <c>BinOp(Name('a'), Add, IntLiteral(1))</c>. Two trees dump equally exactly when they are equal
/// apart from source positions, which is what round-trip checks and shape assertions need.
/// </summary>
public static class AstDump
{
    public static string Of(object? node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null: text.Append('_'); return;
            case string s: text.Append(PythonQuoting.QuoteStr(s)); return;
            case BigInteger i: text.Append(i.ToString(CultureInfo.InvariantCulture)); return;
            case double d: text.Append(d.ToString("R", CultureInfo.InvariantCulture)); return;
            case bool b: text.Append(b ? "True" : "False"); return;
            case int i: text.Append(i.ToString(CultureInfo.InvariantCulture)); return;
            case byte b: text.Append(b.ToString(CultureInfo.InvariantCulture)); return;
            case Enum e: text.Append(e); return;
            case IEnumerable items:
                text.Append('[');
                var first = true;
                foreach (var item in items)
                {
                    if (!first) text.Append(", ");
                    first = false;
                    Write(text, item);
                }
                text.Append(']');
                return;
            // GetType() on a static type annotated for its public properties is what lets the
            // trimmer and NativeAOT keep the properties DataProperties reads.
            case Node node: WriteRecord(text, node.GetType(), node); return;
            case Parameters parameters: WriteRecord(text, parameters.GetType(), parameters); return;
        }
        throw new ArgumentException($"AstDump renders AST values, not {value.GetType().Name}", nameof(value));
    }

    private static void WriteRecord(
        StringBuilder text, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type, object value)
    {
        text.Append(type.Name).Append('(');
        var firstProperty = true;
        foreach (var property in DataProperties(type))
        {
            if (!firstProperty) text.Append(", ");
            firstProperty = false;
            Write(text, property.GetValue(value));
        }
        text.Append(')');
    }

    /// <summary>The record's positional members: settable, public, and not the span.</summary>
    private static IEnumerable<PropertyInfo> DataProperties(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.Name != nameof(Node.Span) && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken);
}
