using Google.Protobuf;
using static Google.Protobuf.WireFormat;

namespace ScopeFn.Oracle.Export;

/// <summary>
/// A GraphDef's <c>library</c> in the wire format, with the field numbers of function.proto
/// (FunctionDefLibrary: function 1, gradient 2; FunctionDef: signature 1, node_def 3, ret 4,
/// attr 5, control_ret 6, arg_attr 7; ArgAttrs: attr 1; GradientDef: function_name 1,
/// gradient_func 2) and op_def.proto (OpDef: name 1, input_arg 2, output_arg 3, is_stateful 17,
/// control_output 20; ArgDef: name 1, type 3). Map entries always carry their key and value, as
/// protobuf's C++ map entries serialize them.
/// </summary>
public static partial class GraphDefBinary
{
    private const int LibraryFunction = 1, LibraryGradient = 2, GradientFunctionName = 1, GradientFunc = 2;
    private const int FunctionSignatureField = 1, FunctionNodeDef = 3, FunctionRet = 4, FunctionAttr = 5, FunctionControlRet = 6, FunctionArgAttr = 7, ArgAttrsAttr = 1;
    private const int OpName = 1, OpInputArg = 2, OpOutputArg = 3, OpIsStateful = 17, OpControlOutput = 20, ArgName = 1, ArgType = 3;

    private static byte[] EncodeLibrary(FunctionDefLibrary library) => Message(o =>
    {
        foreach (var function in library.Functions) Field(o, LibraryFunction, EncodeFunction(function));
        foreach (var gradient in library.Gradients)
            Field(o, LibraryGradient, Message(g =>
            {
                String(g, GradientFunctionName, gradient.FunctionName);
                String(g, GradientFunc, gradient.GradientFunc);
            }));
    });

    private static byte[] EncodeFunction(FunctionDef function) => Message(o =>
    {
        Field(o, FunctionSignatureField, EncodeSignature(function.Signature));
        foreach (var node in function.Nodes) Field(o, FunctionNodeDef, EncodeNode(node));
        EncodeStringMap(o, FunctionRet, function.Ret);
        EncodeAttrMap(o, FunctionAttr, function.Attrs);
        EncodeStringMap(o, FunctionControlRet, function.ControlRet);
        foreach (var arg in function.ArgAttrs.OrderBy(a => a.Index))
            Field(o, FunctionArgAttr, Message(e =>
            {
                e.WriteTag(MapKey, WireType.Varint); e.WriteUInt32(arg.Index);
                Field(e, MapValue, Message(a => EncodeAttrMap(a, ArgAttrsAttr, arg.Attrs)));
            }));
    });

    private static byte[] EncodeSignature(FunctionSignature signature) => Message(o =>
    {
        String(o, OpName, signature.Name);
        foreach (var arg in signature.InputArgs) Field(o, OpInputArg, EncodeArg(arg));
        foreach (var arg in signature.OutputArgs) Field(o, OpOutputArg, EncodeArg(arg));
        if (signature.IsStateful) { o.WriteTag(OpIsStateful, WireType.Varint); o.WriteBool(true); }
        foreach (var name in signature.ControlOutputs) { o.WriteTag(OpControlOutput, WireType.LengthDelimited); o.WriteString(name); }
    });

    private static byte[] EncodeArg(FunctionArg arg) => Message(o =>
    {
        String(o, ArgName, arg.Name);
        o.WriteTag(ArgType, WireType.Varint);
        o.WriteEnum((int)arg.Type.Enum);
    });

    private static void EncodeStringMap(CodedOutputStream o, int number, IEnumerable<MapEntry> entries)
    {
        foreach (var entry in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            Field(o, number, Message(e =>
            {
                e.WriteTag(MapKey, WireType.LengthDelimited); e.WriteString(entry.Key);
                e.WriteTag(MapValue, WireType.LengthDelimited); e.WriteString(entry.Value);
            }));
    }
}
