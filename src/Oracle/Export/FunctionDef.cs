using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Collections;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;

namespace ScopeFn.Oracle.Export;

/// <summary>function.proto's <c>FunctionDefLibrary</c>: the functions a GraphDef's nodes call, and registered gradients.</summary>
public sealed record FunctionDefLibrary(EquatableArray<FunctionDef> Functions, EquatableArray<GradientDef> Gradients)
{
    public static FunctionDefLibrary Empty { get; } = new(EquatableArray<FunctionDef>.Empty, EquatableArray<GradientDef>.Empty);

    /// <summary>A library with no entries is not written at all (ops.py <c>_as_graph_def</c>: <c>ClearField("library")</c>).</summary>
    public bool IsEmpty => Functions.IsEmpty && Gradients.IsEmpty;

    public FunctionDef? Find(string name) => Functions.FirstOrDefault(f => f.Signature.Name == name);
}

/// <summary>function.proto's <c>GradientDef</c>: <paramref name="GradientFunc"/> is the gradient of <paramref name="FunctionName"/>.</summary>
public sealed record GradientDef(string FunctionName, string GradientFunc);

/// <summary>
/// function.proto's <c>FunctionDef</c>: the signature (an OpDef), the body's NodeDefs (inputs in
/// the function-body form <c>node:out_arg:i</c>, an input arg by its name, <c>^node</c>), <c>ret</c>
/// (output arg → tensor), function <c>attr</c>, <c>control_ret</c> and per-argument
/// <c>arg_attr</c>. Maps are kept sorted by key, as protobuf prints and serializes them.
/// </summary>
public sealed record FunctionDef(
    FunctionSignature Signature,
    EquatableArray<NodeDef> Nodes,
    EquatableArray<MapEntry> Ret,
    Map<OrdString, string, AttrValue> Attrs,
    EquatableArray<MapEntry> ControlRet,
    EquatableArray<ArgAttrs> ArgAttrs)
{
    public bool Equals(FunctionDef? other) =>
        other is not null && Signature.Equals(other.Signature) && Nodes.Equals(other.Nodes) && Ret.Equals(other.Ret)
        && AttrMaps.Equal(Attrs, other.Attrs) && ControlRet.Equals(other.ControlRet) && ArgAttrs.Equals(other.ArgAttrs);

    public override int GetHashCode() => HashCode.Combine(Signature, Nodes, Ret, Attrs.Count);
}

/// <summary>
/// A FunctionDef's <c>signature</c>, an op_def.proto <c>OpDef</c> as GraphToFunctionDef fills it:
/// name, typed input and output args, <c>is_stateful</c>, <c>control_output</c> names.
/// </summary>
public sealed record FunctionSignature(
    string Name,
    EquatableArray<FunctionArg> InputArgs,
    EquatableArray<FunctionArg> OutputArgs,
    bool IsStateful,
    EquatableArray<string> ControlOutputs);

/// <summary>An op_def.proto <c>ArgDef</c> of a function signature: a name and a fixed <c>type</c>.</summary>
public sealed record FunctionArg(string Name, DType Type);

/// <summary>One entry of a <c>map&lt;string, string&gt;</c> field (<c>ret</c>, <c>control_ret</c>).</summary>
public sealed record MapEntry(string Key, string Value);

/// <summary>One <c>arg_attr</c> entry: input arg <paramref name="Index"/>'s <c>ArgAttrs.attr</c>.</summary>
public sealed record ArgAttrs(uint Index, Map<OrdString, string, AttrValue> Attrs)
{
    public bool Equals(ArgAttrs? other) => other is not null && Index == other.Index && AttrMaps.Equal(Attrs, other.Attrs);

    public override int GetHashCode() => HashCode.Combine(Index, Attrs.Count);
}

/// <summary>Value equality of attr maps: the same keys with equal values.</summary>
internal static class AttrMaps
{
    public static bool Equal(Map<OrdString, string, AttrValue> a, Map<OrdString, string, AttrValue> b) =>
        a.Count == b.Count && a.Keys.SequenceEqual(b.Keys) && a.Keys.All(k => Equals(a[k], b[k]));
}
