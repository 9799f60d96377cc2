using System.Globalization;
using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Graphs;

namespace ScopeFn.Oracle.Export;

/// <summary>
/// Reading a text GraphDef's <c>library</c>: functions, gradients, and each FunctionDef's signature,
/// node_def, ret, attr, control_ret and arg_attr. Map entries may leave out a default key or value
/// (as Python's text_format writes key 0); the maps come back sorted by key.
/// </summary>
public static partial class GraphDefTextParser
{
    private static FunctionDefLibrary ToLibrary(IReadOnlyList<Field> fields)
    {
        var functions = fields.Where(f => f.Name == "function").Select(ToFunction).ToArray();
        var gradients = fields.Where(f => f.Name == "gradient")
            .Select(g => new GradientDef(StringField(g, "function_name"), StringField(g, "gradient_func"))).ToArray();
        return new FunctionDefLibrary(functions, gradients);
    }

    private static FunctionDef ToFunction(Field function)
    {
        var signature = function.Children.Where(f => f.Name == "signature").SelectMany(f => f.Children).ToList();
        var name = signature.LastOrDefault(f => f.Name == "name")?.Scalar ?? "";
        var sig = new FunctionSignature(
            name,
            signature.Where(f => f.Name == "input_arg").Select(ToArg).ToArray(),
            signature.Where(f => f.Name == "output_arg").Select(ToArg).ToArray(),
            signature.Where(f => f.Name == "is_stateful").Select(f => Bool(f.Scalar!)).LastOrDefault(),
            signature.Where(f => f.Name == "control_output").Select(f => f.Scalar!).ToArray());
        var argAttrs = new SortedDictionary<uint, Map<OrdString, string, AttrValue>>();
        foreach (var entry in function.Children.Where(f => f.Name == "arg_attr"))
        {
            var index = uint.Parse(entry.Children.LastOrDefault(f => f.Name == "key")?.Scalar ?? "0", CultureInfo.InvariantCulture);
            var value = entry.Children.Where(f => f.Name == "value").SelectMany(f => f.Children);
            argAttrs[index] = ToAttrMap(value, $"argument {index} of function '{name}'");
        }
        return new FunctionDef(
            sig,
            function.Children.Where(f => f.Name == "node_def").Select(ToNode).ToArray(),
            StringMap(function, "ret"),
            ToAttrMap(function.Children, $"function '{name}'"),
            StringMap(function, "control_ret"),
            argAttrs.Select(kv => new ArgAttrs(kv.Key, kv.Value)).ToArray());
    }

    private static FunctionArg ToArg(Field arg) =>
        new(StringField(arg, "name"), Type(arg.Children.LastOrDefault(f => f.Name == "type")?.Scalar
            ?? throw new FormatException($"function arg '{StringField(arg, "name")}' has no type")));

    private static MapEntry[] StringMap(Field message, string field)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in message.Children.Where(f => f.Name == field)) map[StringField(entry, "key")] = StringField(entry, "value");
        return map.Select(kv => new MapEntry(kv.Key, kv.Value)).ToArray();
    }

    private static string StringField(Field message, string name) => message.Children.LastOrDefault(f => f.Name == name)?.Scalar ?? "";
}
