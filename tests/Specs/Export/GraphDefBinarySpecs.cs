using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Oracle.Export;
using static ScopeFn.Specs.Core.Harness;

namespace ScopeFn.Specs.Export;

/// <summary>
/// Binary GraphDef. source: field numbers and types of tensorflow/core/framework graph.proto
/// (GraphDef.node = 1, versions = 4), node_def.proto (name 1, op 2, input 3, device 4, attr 5),
/// attr_value.proto (list 1, s 2, i 3, f 4, b 5, type 6, shape 7, tensor 8; ListValue scalars
/// packed), tensor.proto (dtype 1, tensor_shape 2, tensor_content 4, float_val 5 … half_val 13,
/// uint32_val 16, uint64_val 17, all packed), tensor_shape.proto (dim 2, unknown_rank 3; Dim.size 1),
/// versions.proto (producer 1), types.proto (DT_FLOAT = 1, DT_INT32 = 3); protobuf's encoding
/// (tag = number &lt;&lt; 3 | wire type; map entries are {key = 1, value = 2}); tensor_util.py
/// make_tensor_proto (more than one element of a _TENSOR_CONTENT_TYPES dtype → tensor_content).
/// </summary>
public class GraphDefBinarySpecs
{
    private static GraphDef Built<T>(Tf<T> program)
    {
        var (world, _) = Run(program);
        return GraphDef.From(world.Graph(DefaultGraph.Current.Run(world).Value));
    }

    /// <summary>The bytes of <c>tf.constant(2.0, name="c")</c>'s graph, derived by hand from the .proto field numbers.</summary>
    private static readonly byte[] OneConstGraph =
    [
        0x0A, 0x2E,                                     // GraphDef.node (1, LEN), 46 bytes
        0x0A, 0x01, (byte)'c',                          //   NodeDef.name (1) "c"
        0x12, 0x05, .."Const"u8,                        //   NodeDef.op (2) "Const"
        0x2A, 0x0B,                                     //   NodeDef.attr (5) entry, 11 bytes
        0x0A, 0x05, .."dtype"u8,                        //     key (1)
        0x12, 0x02, 0x30, 0x01,                         //     value (2): AttrValue.type (6, varint) DT_FLOAT = 1
        0x2A, 0x15,                                     //   NodeDef.attr (5) entry, 21 bytes
        0x0A, 0x05, .."value"u8,                        //     key (1)
        0x12, 0x0C,                                     //     value (2), 12 bytes
        0x42, 0x0A,                                     //       AttrValue.tensor (8), 10 bytes
        0x08, 0x01,                                     //         TensorProto.dtype (1) DT_FLOAT
        0x12, 0x00,                                     //         TensorProto.tensor_shape (2): scalar, present and empty
        0x2A, 0x04, 0x00, 0x00, 0x00, 0x40,             //         float_val (5), packed: 2.0f little-endian
        0x22, 0x03, 0x08, 0xF2, 0x0A,                   // GraphDef.versions (4): producer (1) = 1394 as a varint
    ];

    [Fact]
    public void A_one_const_graph_encodes_to_the_bytes_the_proto_definitions_give()
    {
        var graph = Built(Constant.Of(2.0, name: "c"));
        Assert.Equal(OneConstGraph, GraphDefBinary.Encode(graph));
    }

    [Fact]
    public void The_hand_derived_bytes_decode_to_the_graph()
    {
        var decoded = GraphDefBinary.Decode(OneConstGraph);
        Assert.Equal(Built(Constant.Of(2.0, name: "c")), decoded);
        var node = Assert.Single(decoded.Nodes);
        Assert.Equal(("c", "Const"), (node.Name, node.Op));
        Assert.Equal(1394, decoded.Producer);
    }

    private static Tf<Tensor> Rich =>
        from x in ArrayOps.Placeholder(DType.Float32, TensorShape.Of([null, 3]), "x")
        from u in ArrayOps.Placeholder(DType.Int32, TensorShape.Unknown, "u")
        from k in Constant.Of(new List<object> { 1, 2, 3 }, name: "k")
        from s in Constant.Of(new List<object> { "a\"b", "ü\n" }, name: "s")
        from b in Constant.Of(new List<object> { true, false }, name: "flags")
        from uq in ArrayOps.Unique(k)
        from a in NameScope.V1("layer", null, null, _ =>
            ControlDependencies.With([b], MathOps.Operator("add", x, 0.1)))
        from i in ArrayOps.Identity(uq.Idx, "second_output")
        select a;

    [Fact]
    public void Encode_then_decode_gives_the_same_graph_def()
    {
        var graph = Built(Rich);
        Assert.Equal(graph, GraphDefBinary.Decode(GraphDefBinary.Encode(graph)));
    }

    [Fact]
    public void Text_and_binary_forms_carry_the_same_graph_def()
    {
        var graph = Built(Rich);
        var text = GraphDefText.Write(graph);
        var fromText = GraphDefTextParser.Parse(text);
        var fromBinary = GraphDefBinary.Decode(GraphDefBinary.Encode(graph));
        Assert.Equal(graph, fromText);
        Assert.Equal(fromText, fromBinary);
        Assert.Equal(text, GraphDefText.Write(fromBinary));
    }

    [Fact] // node_def.proto: control inputs "^node" follow the data inputs; output i > 0 is "node:i"
    public void Inputs_keep_control_inputs_and_output_indices()
    {
        var graph = GraphDefBinary.Decode(GraphDefBinary.Encode(Built(Rich)));
        // ops.py _ControlDependenciesController: layer/add/y is created in the block and gets ^flags;
        // layer/add does not, since its input layer/add/y was created inside the same block.
        Assert.Equal(["^flags"], graph.Nodes.Single(n => n.Name == "layer/add/y").Inputs);
        Assert.Equal(["x", "layer/add/y"], graph.Nodes.Single(n => n.Name == "layer/add").Inputs);
        Assert.Equal(["Unique:1"], graph.Nodes.Single(n => n.Name == "second_output").Inputs);
    }

    [Fact] // make_tensor_proto: a multi-element int32 array goes to tensor_content as little-endian bytes
    public void Multi_element_constants_use_tensor_content()
    {
        var text = GraphDefText.Write(Built(Constant.Of(new List<object> { 1, 2, 3 }, name: "k")));
        Assert.Contains(
            "      tensor {\n" +
            "        dtype: DT_INT32\n" +
            "        tensor_shape {\n" +
            "          dim {\n" +
            "            size: 3\n" +
            "          }\n" +
            "        }\n" +
            "        tensor_content: \"\\001\\000\\000\\000\\002\\000\\000\\000\\003\\000\\000\\000\"\n" +
            "      }\n", text);
    }

    [Fact] // text_format: proto3 scalars at their default (Dim.size 0) are not printed; a float32 0.1 prints as 0.1
    public void Text_leaves_out_default_sizes_and_prints_shortest_float32()
    {
        var text = GraphDefText.Write(Built(
            from z in ArrayOps.Placeholder(DType.Float32, TensorShape.Of(0, 2), "z")
            from c in Constant.Of(0.1, name: "c")
            select c));
        Assert.Contains("      shape {\n        dim {\n        }\n        dim {\n          size: 2\n        }\n      }\n", text);
        Assert.Contains("float_val: 0.1\n", text);
    }

    private static GraphDef Handmade => new(new NodeDef[]
    {
        new("a", "Fake", new[] { "b:2", "^c" }, "/job:worker/replica:0/task:1/device:CPU:0", Map(
            ("ints", new AttrValue.ListValue(List(new AttrValue.IntValue(-1), new AttrValue.IntValue(long.MaxValue)))),
            ("floats", new AttrValue.ListValue(List(new AttrValue.FloatValue(0.5), new AttrValue.FloatValue(float.NegativeInfinity)))),
            ("types", new AttrValue.ListValue(List(AttrValue.Of(DType.Float16), AttrValue.Of(DType.UInt64)))),
            ("shapes", new AttrValue.ListValue(List(AttrValue.Of(TensorShape.Unknown), AttrValue.Of(TensorShape.Scalar)))),
            ("empty", new AttrValue.ListValue(List())),
            ("f", new AttrValue.FloatValue(-2.5)),
            ("b", AttrValue.Of(false)),
            ("i", AttrValue.Of(0L)),
            ("s", AttrValue.Of("")),
            ("half", AttrValue.Of(TensorLiteral.Floats(DType.Float16, [2], [1.5, -0.25]))),
            ("bf16", AttrValue.Of(TensorLiteral.Floats(DType.BFloat16, [], [3.0]))),
            ("u64", AttrValue.Of(TensorLiteral.Longs(DType.UInt64, [1], [7]))),
            ("i8", AttrValue.Of(TensorLiteral.Longs(DType.Int8, [2, 1], [-128, 127]))),
            ("d", AttrValue.Of(TensorLiteral.Floats(DType.Float64, [], [1e-300]))),
            ("none", AttrValue.Of(TensorLiteral.Floats(DType.Float32, [0], []))))),
    }, 27);

    [Fact] // oneof members at their default value (b: false, i: 0, s: "") are still written, so they survive
    public void Every_attr_kind_survives_both_forms()
    {
        var graph = Handmade;
        Assert.Equal(graph, GraphDefBinary.Decode(GraphDefBinary.Encode(graph)));
        Assert.Equal(graph, GraphDefTextParser.Parse(GraphDefText.Write(graph)));
    }

    [Fact] // text_format prints map entries sorted by key in code-point order, whatever the culture
    public void Attr_keys_are_written_in_code_point_order()
    {
        var node = new NodeDef("n", "Fake", new string[0], "", Map(
            ("dtype", AttrValue.Of(1L)), ("_class", AttrValue.Of(2L)), ("T", AttrValue.Of(3L))));
        var text = GraphDefText.Write(new GraphDef(new[] { node }, 0));
        var keys = text.Split('\n').Where(l => l.TrimStart().StartsWith("key:", StringComparison.Ordinal)).Select(l => l.Trim()).ToArray();
        Assert.Equal(["key: \"T\"", "key: \"_class\"", "key: \"dtype\""], keys);
        var binary = GraphDefBinary.Encode(new GraphDef(new[] { node }, 0));
        Assert.True(IndexOf(binary, "T"u8) < IndexOf(binary, "_class"u8) && IndexOf(binary, "_class"u8) < IndexOf(binary, "dtype"u8));
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);

    [Fact] // protobuf parsers accept unpacked repeated scalars and skip unknown fields
    public void Decoding_accepts_unpacked_values_and_skips_unknown_fields()
    {
        byte[] bytes =
        [
            0x0A, 0x25,                                   // node, 37 bytes
            0x0A, 0x01, (byte)'k',                        //   name "k"
            0x12, 0x05, .."Const"u8,                      //   op "Const"
            0x2A, 0x19,                                   //   attr entry, 25 bytes
            0x0A, 0x05, .."value"u8,                      //     key "value"
            0x12, 0x10,                                   //     value, 16 bytes
            0x42, 0x0E,                                   //       tensor, 14 bytes
            0x08, 0x03,                                   //         dtype DT_INT32
            0x12, 0x04, 0x12, 0x02, 0x08, 0x02,           //         tensor_shape { dim { size: 2 } }
            0x38, 0x05,                                   //         int_val (7) unpacked: varint 5
            0x38, 0x06,                                   //         int_val (7) unpacked: varint 6
            0x18, 0x00,                                   //         version_number (3): not modelled, skipped
            0x80, 0x01, 0x01,                             // field 16 varint: unknown to GraphDef, skipped
        ];
        var node = Assert.Single(GraphDefBinary.Decode(bytes).Nodes);
        var value = Assert.IsType<AttrValue.TensorValue>(node.Attrs["value"]).Tensor;
        Assert.Equal(TensorLiteral.Longs(DType.Int32, [2], [5, 6]), value);
    }

    [Fact] // tensor.cc FromProtoField: fewer values than elements repeat the last one
    public void A_single_value_fills_the_shape()
    {
        var graph = GraphDefTextParser.Parse("""
            node { name: "z" op: "Const" attr { key: "value" value { tensor {
              dtype: DT_FLOAT tensor_shape { dim { size: 2 } dim { size: 2 } } float_val: 0.5 } } } }
            """);
        var t = Assert.IsType<AttrValue.TensorValue>(graph.Nodes[0].Attrs["value"]).Tensor;
        Assert.Equal([0.5, 0.5, 0.5, 0.5], t.AsDoubles());
        Assert.Equal(0, graph.Producer);
    }

    private static Map<OrdString, string, AttrValue> Map(params (string, AttrValue)[] items) =>
        items.Aggregate(Map<OrdString, string, AttrValue>.Empty, (m, kv) => m.AddOrUpdate(kv.Item1, kv.Item2));

    private static Seq<AttrValue> List(params AttrValue[] items) => items.ToSeq();
}

/// <summary>
/// Func attrs (attr_value.proto AttrValue.func = 10, a NameAttrList with name = 1), as the If op of
/// cond_v2 carries its branches (cond_v2.py _build_cond: then_branch / else_branch).
/// </summary>
public class FuncAttrExportSpecs
{
    private static GraphDef CondGraph()
    {
        var (world, output) = Run(
            from pred in Constant.Of(true, name: "pred")
            from x in Constant.Of(1.0, name: "x")
            from r in Conds.Cond(pred, () => Tf.Pure<object?>(x), () => Tf.Pure<object?>(x), null, strict: true)
            select (Tensor)r!);
        return GraphDef.From(world.Graph(output.Graph));
    }

    [Fact]
    public void A_func_attr_is_written_as_a_func_message_and_read_back()
    {
        var graph = CondGraph();
        var text = GraphDefText.Write(graph);
        Assert.Matches("key: \"then_branch\"\\s+value \\{\\s+func \\{\\s+name: \"cond_true_\\d+\"", text);
        Assert.Equal(graph, GraphDefTextParser.Parse(text));
        Assert.Equal(graph, GraphDefBinary.Decode(GraphDefBinary.Encode(graph)));
    }

    [Fact] // AttrValue.func is field 10 (length-delimited: tag 0x52) holding NameAttrList.name (field 1: tag 0x0A).
    public void A_func_attr_encodes_as_field_10_holding_the_name()
    {
        var bytes = GraphDefBinary.Encode(CondGraph());
        var name = System.Text.Encoding.ASCII.GetBytes("cond_false_");
        var at = bytes.AsSpan().IndexOf(name);
        Assert.True(at > 4);
        Assert.Equal(0x0A, bytes[at - 2]);            // NameAttrList.name, then its length
        Assert.Equal(0x52, bytes[at - 4]);            // AttrValue.func (10 << 3 | 2), then the NameAttrList's length
    }
}
