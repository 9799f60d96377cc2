using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;
using ScopeFn.Oracle.Export;

namespace ScopeFn.Specs.Export;

/// <summary>
/// A GraphDef's library in both protobuf forms, against bytes derived by hand from the field
/// numbers: graph.proto (GraphDef.library = 2), versions.proto (producer 1, min_consumer 2),
/// function.proto (FunctionDefLibrary function 1, gradient 2; FunctionDef signature 1, ret 4,
/// arg_attr 7; GradientDef function_name 1, gradient_func 2; a map entry is {key = 1, value = 2}),
/// op_def.proto (OpDef name 1, input_arg 2, output_arg 3, is_stateful 17; ArgDef name 1, type 3),
/// types.proto (DT_FLOAT = 1).
/// </summary>
public class FunctionLibraryBinarySpecs
{
    private static readonly GraphDef OneFunction = new(EquatableArrayOf<NodeDef>(), GraphDef.DefaultProducer)
    {
        MinConsumer = 12,
        Library = new FunctionDefLibrary(
            new[]
            {
                new FunctionDef(
                    new FunctionSignature("f", new[] { new FunctionArg("x", DType.Float32) }, new[] { new FunctionArg("y", DType.Float32) }, true, EquatableArrayOf<string>()),
                    EquatableArrayOf<NodeDef>(),
                    new[] { new MapEntry("y", "x") },
                    Map<OrdString, string, AttrValue>.Empty,
                    EquatableArrayOf<MapEntry>(),
                    new[] { new ArgAttrs(0, Map<OrdString, string, AttrValue>.Empty) }),
            },
            new[] { new GradientDef("f", "g") }),
    };

    private static global::ScopeFn.Core.Collections.EquatableArray<T> EquatableArrayOf<T>() => System.Array.Empty<T>();

    private static readonly byte[] OneFunctionBytes =
    [
        0x12, 0x2E,                                 // GraphDef.library (2, LEN), 46 bytes
        0x0A, 0x24,                                 //   FunctionDefLibrary.function (1), 36 bytes
        0x0A, 0x14,                                 //     FunctionDef.signature (1), 20 bytes
        0x0A, 0x01, (byte)'f',                      //       OpDef.name (1)
        0x12, 0x05, 0x0A, 0x01, (byte)'x', 0x18, 0x01, //    OpDef.input_arg (2): ArgDef name (1) "x", type (3) DT_FLOAT
        0x1A, 0x05, 0x0A, 0x01, (byte)'y', 0x18, 0x01, //    OpDef.output_arg (3): "y", DT_FLOAT
        0x88, 0x01, 0x01,                           //       OpDef.is_stateful (17, varint): tag 136 as a two-byte varint
        0x22, 0x06, 0x0A, 0x01, (byte)'y', 0x12, 0x01, (byte)'x', // FunctionDef.ret (4) entry {key "y", value "x"}
        0x3A, 0x04, 0x08, 0x00, 0x12, 0x00,         //     FunctionDef.arg_attr (7) entry {key 0, value: empty ArgAttrs}
        0x12, 0x06, 0x0A, 0x01, (byte)'f', 0x12, 0x01, (byte)'g', // FunctionDefLibrary.gradient (2) {"f", "g"}
        0x22, 0x05, 0x08, 0xF2, 0x0A, 0x10, 0x0C,   // GraphDef.versions (4): producer 1394, min_consumer (2) 12
    ];

    [Fact]
    public void A_library_encodes_to_the_bytes_the_proto_definitions_give() =>
        Assert.Equal(OneFunctionBytes, GraphDefBinary.Encode(OneFunction));

    [Fact]
    public void The_hand_derived_bytes_decode_to_the_library() =>
        Assert.Equal(OneFunction, GraphDefBinary.Decode(OneFunctionBytes));

    [Fact]
    public void The_text_form_leaves_out_key_0_and_reads_back()
    {
        var text = GraphDefText.Write(OneFunction);
        Assert.Equal("""
            library {
              function {
                signature {
                  name: "f"
                  input_arg {
                    name: "x"
                    type: DT_FLOAT
                  }
                  output_arg {
                    name: "y"
                    type: DT_FLOAT
                  }
                  is_stateful: true
                }
                ret {
                  key: "y"
                  value: "x"
                }
                arg_attr {
                  value {
                  }
                }
              }
              gradient {
                function_name: "f"
                gradient_func: "g"
              }
            }
            versions {
              producer: 1394
              min_consumer: 12
            }

            """.ReplaceLineEndings("\n"), text);
        Assert.Equal(OneFunction, GraphDefTextParser.Parse(text));
    }

    [Fact] // protobuf parsers: a later map entry for a key replaces the earlier one
    public void A_repeated_ret_key_keeps_the_last_value()
    {
        var parsed = GraphDefTextParser.Parse(GraphDefText.Write(OneFunction).Replace("value: \"x\"", "value: \"x\"\n    }\n    ret {\n      key: \"y\"\n      value: \"z\"", StringComparison.Ordinal));
        Assert.Equal([new MapEntry("y", "z")], parsed.Library.Functions[0].Ret);
    }
}
