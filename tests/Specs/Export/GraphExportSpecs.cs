using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;
using ScopeFn.Oracle.Export;
using static ScopeFn.Specs.Core.Harness;

namespace ScopeFn.Specs.Export;

/// <summary>
/// GraphDef text export. source: graph.proto, node_def.proto (inputs "op", "op:i", "^op"),
/// attr_value.proto, tensor.proto, tensor_shape.proto (unknown dim size -1), and protobuf's
/// python text_format.py (map entries sorted by key, two-space indent; _PrintFieldValue prints a
/// float field as str(type_checkers.ToShortestFloat(value)), so 2.0 as "2.0").
/// </summary>
public class GraphExportSpecs
{
    private static string Export<T>(Tf<T> program)
    {
        var (world, _) = Run(program);
        return GraphDefText.Write(world.Graph(DefaultGraph.Current.Run(world).Value));
    }

    [Fact]
    public void Const_placeholder_and_add_with_control_input()
    {
        var text = Export(
            from x in ArrayOps.Placeholder(DType.Float32, TensorShape.Of([null, 3]), "x")
            from c in Constant.Of(2.0, name: "c")
            from a in ControlDependencies.With([c], MathOps.Operator("add", x, c))
            select a);
        Assert.Equal("""
            node {
              name: "x"
              op: "Placeholder"
              attr {
                key: "dtype"
                value {
                  type: DT_FLOAT
                }
              }
              attr {
                key: "shape"
                value {
                  shape {
                    dim {
                      size: -1
                    }
                    dim {
                      size: 3
                    }
                  }
                }
              }
            }
            node {
              name: "c"
              op: "Const"
              attr {
                key: "dtype"
                value {
                  type: DT_FLOAT
                }
              }
              attr {
                key: "value"
                value {
                  tensor {
                    dtype: DT_FLOAT
                    tensor_shape {
                    }
                    float_val: 2.0
                  }
                }
              }
            }
            node {
              name: "add"
              op: "AddV2"
              input: "x"
              input: "c"
              attr {
                key: "T"
                value {
                  type: DT_FLOAT
                }
              }
            }
            versions {
              producer: 1394
            }

            """.Replace("\r\n", "\n"), text);
    }

    [Fact] // control inputs that are not data inputs are written after the data inputs with '^'
    public void Control_inputs_and_second_outputs()
    {
        var text = Export(
            from a in Constant.Of(new List<object> { 1, 1, 2 }, name: "a")
            from u in ArrayOps.Unique(a)
            from n in ControlDependencies.With([a], ArrayOps.Identity(u.Idx, "i"))
            select n);
        Assert.Contains("""
              name: "i"
              op: "Identity"
              input: "Unique:1"
              input: "^a"
            """.Replace("\r\n", "\n"), text);
    }

}
