namespace ScopeFn.Core.Ops;

/// <summary>
/// One output argument of an op definition (op_def.proto <c>ArgDef</c> in <c>output_arg</c>):
/// its name and, for a list output, the attr that sizes it (<c>number_attr</c> such as
/// <c>N</c> / <c>num</c>, or <c>type_list_attr</c> such as <c>Tout</c>).
/// </summary>
public sealed record OutputArgDef(string Name, string? ListAttr = null)
{
    public bool IsList => ListAttr is not null;
}

/// <summary>
/// The output args of every op type ScopeFn registers, as each op's <c>REGISTER_OP(...).Output(...)</c>
/// declares them (core/ops array_ops.cc, math_ops.cc, nn_ops.cc, state_ops.cc,
/// resource_variable_ops.cc, random_ops.cc, control_flow_ops.cc, functional_ops.cc,
/// data_flow_ops.cc, no_op.cc). A FunctionDef names a body node's output by them
/// (function.proto: <c>node:out:0</c>, "the name comes from the OpDef of the node's op"), so
/// every op that can be traced into a function needs its entry.
/// </summary>
public static class OutputArgDefs
{
    private static OutputArgDef[] One(string name) => [new(name)];

    private static readonly Dictionary<string, OutputArgDef[]> Defs = new()
    {
        // math_ops.cc / array_ops.cc: the ops of tf.square, tf.transpose, reductions and selection.
        ["Abs"] = One("y"), ["Exp"] = One("y"), ["Log"] = One("y"), ["Sign"] = One("y"), ["Sqrt"] = One("y"),
        ["Square"] = One("y"), ["Reciprocal"] = One("y"), ["InvertPermutation"] = One("y"), ["Transpose"] = One("y"),
        ["Minimum"] = One("z"), ["Pow"] = One("z"), ["SquaredDifference"] = One("z"), ["ReciprocalGrad"] = One("z"), ["SqrtGrad"] = One("z"),
        ["All"] = One("output"), ["Any"] = One("output"), ["Max"] = One("output"), ["Min"] = One("output"),
        ["ArgMax"] = One("output"), ["ArgMin"] = One("output"), ["ExpandDims"] = One("output"), ["OneHot"] = One("output"),
        ["Select"] = One("output"), ["SelectV2"] = One("output"), ["StridedSliceGrad"] = One("output"),
        // array_ops.cc
        ["Const"] = One("output"),
        ["Placeholder"] = One("output"),
        ["Identity"] = One("output"),
        ["Reshape"] = One("output"),
        ["Fill"] = One("output"),
        ["Shape"] = One("output"),
        ["ShapeN"] = [new("output", "N")],
        ["Size"] = One("output"),
        ["Rank"] = One("output"),
        ["Pack"] = One("output"),
        ["Unpack"] = [new("output", "num")],
        ["ConcatV2"] = One("output"),
        ["ConcatOffset"] = [new("offset", "N")],
        ["Unique"] = [new("y"), new("idx")],
        ["Slice"] = One("output"),
        ["StridedSlice"] = One("output"),
        ["Squeeze"] = One("output"),
        ["GatherV2"] = One("output"),
        ["Where"] = One("index"),
        ["Tile"] = One("output"),
        ["Pad"] = One("output"),
        ["BroadcastTo"] = One("output"),
        ["BroadcastGradientArgs"] = [new("r0"), new("r1")],
        ["ZerosLike"] = One("y"),
        ["OnesLike"] = One("y"),
        // no_op.cc
        ["NoOp"] = [],
        // math_ops.cc: binary ops give "z", unary ops (the UNARY() macro) "y"
        ["AddV2"] = One("z"),
        ["Sub"] = One("z"),
        ["Mul"] = One("z"),
        ["RealDiv"] = One("z"),
        ["FloorMod"] = One("z"),
        ["FloorDiv"] = One("z"),
        ["Maximum"] = One("z"),
        ["Less"] = One("z"),
        ["LessEqual"] = One("z"),
        ["Greater"] = One("z"),
        ["GreaterEqual"] = One("z"),
        ["Equal"] = One("z"),
        ["NotEqual"] = One("z"),
        ["Neg"] = One("y"),
        ["Sigmoid"] = One("y"),
        ["Tanh"] = One("y"),
        ["LogicalNot"] = One("y"),
        ["Cast"] = One("y"),
        ["SigmoidGrad"] = One("z"),
        ["TanhGrad"] = One("z"),
        ["MatMul"] = One("product"),
        ["Sum"] = One("output"),
        ["Mean"] = One("output"),
        ["Prod"] = One("output"),
        ["Range"] = One("output"),
        ["AddN"] = One("sum"),
        // nn_ops.cc
        ["Relu"] = One("activations"),
        ["ReluGrad"] = One("backprops"),
        ["Softmax"] = One("softmax"),
        ["L2Loss"] = One("output"),
        // data_flow_ops.cc
        ["DynamicStitch"] = One("merged"),
        // state_ops.cc
        ["VariableV2"] = One("ref"),
        ["Assign"] = One("output_ref"),
        ["AssignAdd"] = One("output_ref"),
        ["AssignSub"] = One("output_ref"),
        ["IsVariableInitialized"] = One("is_initialized"),
        // resource_variable_ops.cc
        ["VarHandleOp"] = One("resource"),
        ["VarIsInitializedOp"] = One("is_initialized"),
        ["ReadVariableOp"] = One("value"),
        ["AssignVariableOp"] = [],
        ["AssignAddVariableOp"] = [],
        ["AssignSubVariableOp"] = [],
        // random_ops.cc
        ["RandomUniform"] = One("output"),
        ["RandomStandardNormal"] = One("output"),
        ["TruncatedNormal"] = One("output"),
        ["RandomUniformInt"] = One("output"),
        // control_flow_ops.cc
        ["Switch"] = [new("output_false"), new("output_true")],
        ["RefSwitch"] = [new("output_false"), new("output_true")],
        ["Merge"] = [new("output"), new("value_index")],
        // functional_ops.cc
        ["PartitionedCall"] = [new("output", "Tout")],
        ["StatefulPartitionedCall"] = [new("output", "Tout")],
        ["If"] = [new("output", "Tout")],
        ["StatelessIf"] = [new("output", "Tout")],
    };

    /// <summary>The output args of <paramref name="type"/> in declaration order, or null for a type without an entry.</summary>
    public static IReadOnlyList<OutputArgDef>? For(string type) => Defs.GetValueOrDefault(type);

    /// <summary>
    /// Which output arg each of an op's <paramref name="numOutputs"/> outputs belongs to, as
    /// <c>NameRangesForNode</c> computes it: fixed args take one output each, the (single) list
    /// arg the rest. Returns, per output index, the arg's name and the index within the arg.
    /// </summary>
    public static IReadOnlyList<(string Arg, int Index)>? Ranges(string type, int numOutputs)
    {
        if (For(type) is not { } args) return null;
        var listLength = numOutputs - args.Count(a => !a.IsList);
        var ranges = new List<(string, int)>(numOutputs);
        foreach (var arg in args)
            for (var i = 0; i < (arg.IsList ? listLength : 1); i++) ranges.Add((arg.Name, i));
        return ranges.Count == numOutputs ? ranges : null;
    }
}
