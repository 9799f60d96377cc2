using System.Globalization;

namespace ScopeFn.Oracle.Export;

/// <summary>
/// A GraphDef's <c>library</c> in text: FunctionDefLibrary (function 1, gradient 2), FunctionDef
/// (signature 1, node_def 3, ret 4, attr 5, control_ret 6, arg_attr 7, printed in that order),
/// the signature OpDef (name 1, input_arg 2, output_arg 3, is_stateful 17, control_output 20),
/// ArgDef (name 1, type 3). Map entries are printed as Python's text_format prints them: sorted by
/// key, and as proto3 messages, so a key or a string value at its default (<c>0</c>, <c>""</c>)
/// is left out (TF issue 9835: <c>tasks { value: ... }</c> for key 0).
/// </summary>
public static partial class GraphDefText
{
    private static void WriteLibrary(ProtoTextWriter w, FunctionDefLibrary library)
    {
        w.Open("library");
        foreach (var function in library.Functions) WriteFunction(w, function);
        foreach (var gradient in library.Gradients)
        {
            w.Open("gradient");
            if (gradient.FunctionName.Length > 0) w.Field("function_name", Quote(gradient.FunctionName));
            if (gradient.GradientFunc.Length > 0) w.Field("gradient_func", Quote(gradient.GradientFunc));
            w.Close();
        }
        w.Close();
    }

    private static void WriteFunction(ProtoTextWriter w, FunctionDef function)
    {
        w.Open("function");
        WriteSignature(w, function.Signature);
        foreach (var node in function.Nodes) WriteNode(w, "node_def", node);
        WriteStringMap(w, "ret", function.Ret);
        WriteAttrMap(w, "attr", function.Attrs);
        WriteStringMap(w, "control_ret", function.ControlRet);
        foreach (var arg in function.ArgAttrs.OrderBy(a => a.Index))
        {
            w.Open("arg_attr");
            if (arg.Index != 0) w.Field("key", arg.Index.ToString(CultureInfo.InvariantCulture));
            w.Open("value");
            WriteAttrMap(w, "attr", arg.Attrs);
            w.Close();
            w.Close();
        }
        w.Close();
    }

    private static void WriteSignature(ProtoTextWriter w, FunctionSignature signature)
    {
        w.Open("signature");
        if (signature.Name.Length > 0) w.Field("name", Quote(signature.Name));
        foreach (var arg in signature.InputArgs) WriteArg(w, "input_arg", arg);
        foreach (var arg in signature.OutputArgs) WriteArg(w, "output_arg", arg);
        if (signature.IsStateful) w.Field("is_stateful", "true");
        foreach (var name in signature.ControlOutputs) w.Field("control_output", Quote(name));
        w.Close();
    }

    private static void WriteArg(ProtoTextWriter w, string field, FunctionArg arg)
    {
        w.Open(field);
        if (arg.Name.Length > 0) w.Field("name", Quote(arg.Name));
        w.Field("type", TypeName(arg.Type));
        w.Close();
    }

    private static void WriteStringMap(ProtoTextWriter w, string field, IEnumerable<MapEntry> entries)
    {
        foreach (var entry in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            w.Open(field);
            if (entry.Key.Length > 0) w.Field("key", Quote(entry.Key));
            if (entry.Value.Length > 0) w.Field("value", Quote(entry.Value));
            w.Close();
        }
    }
}
