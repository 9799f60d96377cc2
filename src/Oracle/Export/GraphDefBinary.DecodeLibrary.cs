using Google.Protobuf;
using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;

namespace ScopeFn.Oracle.Export;

/// <summary>
/// Reading a binary GraphDef's <c>library</c> back. Map fields are read as protobuf parsers read
/// them: an entry without its key or value takes the default, a later entry for a key replaces an
/// earlier one; the result is kept sorted by key like the value the encoder wrote.
/// </summary>
public static partial class GraphDefBinary
{
    private static FunctionDefLibrary DecodeLibrary(ByteString bytes)
    {
        var functions = new List<FunctionDef>();
        var gradients = new List<GradientDef>();
        Read(bytes, (number, wire, input) =>
        {
            switch (number)
            {
                case LibraryFunction: functions.Add(DecodeFunction(input.ReadBytes())); return true;
                case LibraryGradient:
                    string function = "", gradient = "";
                    Read(input.ReadBytes(), (n, _, g) =>
                    {
                        if (n == GradientFunctionName) function = g.ReadString();
                        else if (n == GradientFunc) gradient = g.ReadString();
                        else return false;
                        return true;
                    });
                    gradients.Add(new GradientDef(function, gradient));
                    return true;
                default: return false;
            }
        });
        return new FunctionDefLibrary(functions.ToArray(), gradients.ToArray());
    }

    private static FunctionDef DecodeFunction(ByteString bytes)
    {
        var signature = new FunctionSignature("", [], [], false, []);
        var nodes = new List<NodeDef>();
        var ret = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var controlRet = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var attrs = Map<OrdString, string, AttrValue>.Empty;
        var argAttrs = new SortedDictionary<uint, Map<OrdString, string, AttrValue>>();
        Read(bytes, (number, wire, input) =>
        {
            switch (number)
            {
                case FunctionSignatureField: signature = DecodeSignature(input.ReadBytes()); return true;
                case FunctionNodeDef: nodes.Add(DecodeNode(input.ReadBytes())); return true;
                case FunctionRet: DecodeStringEntry(input.ReadBytes(), ret); return true;
                case FunctionAttr: attrs = DecodeAttrEntry(input.ReadBytes(), attrs, $"function '{signature.Name}'"); return true;
                case FunctionControlRet: DecodeStringEntry(input.ReadBytes(), controlRet); return true;
                case FunctionArgAttr:
                    uint index = 0;
                    var argAttr = Map<OrdString, string, AttrValue>.Empty;
                    Read(input.ReadBytes(), (n, _, e) =>
                    {
                        if (n == MapKey) index = e.ReadUInt32();
                        else if (n == MapValue)
                            Read(e.ReadBytes(), (f, _, a) =>
                            {
                                if (f != ArgAttrsAttr) return false;
                                argAttr = DecodeAttrEntry(a.ReadBytes(), argAttr, $"argument {index}");
                                return true;
                            });
                        else return false;
                        return true;
                    });
                    argAttrs[index] = argAttr;
                    return true;
                default: return false;
            }
        });
        return new FunctionDef(signature, nodes.ToArray(), Entries(ret), attrs, Entries(controlRet),
            argAttrs.Select(kv => new ArgAttrs(kv.Key, kv.Value)).ToArray());
    }

    private static MapEntry[] Entries(SortedDictionary<string, string> map) => map.Select(kv => new MapEntry(kv.Key, kv.Value)).ToArray();

    private static void DecodeStringEntry(ByteString bytes, SortedDictionary<string, string> map)
    {
        string key = "", value = "";
        Read(bytes, (n, _, e) =>
        {
            if (n == MapKey) key = e.ReadString();
            else if (n == MapValue) value = e.ReadString();
            else return false;
            return true;
        });
        map[key] = value;
    }

    private static FunctionSignature DecodeSignature(ByteString bytes)
    {
        var name = "";
        var inputs = new List<FunctionArg>();
        var outputs = new List<FunctionArg>();
        var stateful = false;
        var controlOutputs = new List<string>();
        Read(bytes, (number, wire, input) =>
        {
            switch (number)
            {
                case OpName: name = input.ReadString(); return true;
                case OpInputArg: inputs.Add(DecodeArg(input.ReadBytes())); return true;
                case OpOutputArg: outputs.Add(DecodeArg(input.ReadBytes())); return true;
                case OpIsStateful: stateful = input.ReadBool(); return true;
                case OpControlOutput: controlOutputs.Add(input.ReadString()); return true;
                default: return false;
            }
        });
        return new FunctionSignature(name, inputs.ToArray(), outputs.ToArray(), stateful, controlOutputs.ToArray());
    }

    private static FunctionArg DecodeArg(ByteString bytes)
    {
        var name = "";
        var type = DTypeEnum.Invalid;
        Read(bytes, (number, wire, input) =>
        {
            if (number == ArgName) name = input.ReadString();
            else if (number == ArgType) type = (DTypeEnum)input.ReadEnum();
            else return false;
            return true;
        });
        // A function's args have fixed types (GraphToFunctionDef sets each from its tensor).
        if (type == DTypeEnum.Invalid || !DType.All.Any(d => d.Enum == type))
            throw new InvalidDataException($"function arg '{name}' has no DataType ScopeFn models ({(int)type})");
        return new FunctionArg(name, DType.FromEnum(type));
    }
}
