using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;
using ScopeFn.Oracle.Export;
using ScopeFn.Script.Evaluation;
using ScopeFn.Script.Tf;

namespace ScopeFn.Specs.Export;

/// <summary>
/// The function library of exported GraphDefs. Sources: graph_to_functiondef.cc
/// (GraphToFunctionDefHelper: output args named after their nodes first, then input args, then
/// body nodes uniquified; inputs rewritten to "node:out_arg:index", an input arg by its name,
/// "^node" sorted; arg_attr from '_' attrs and a Placeholder's shape as _output_shapes, not for
/// resource args; is_stateful from the nodes), function.proto (FunctionDef fields and the
/// body's input format), atomic_function.py from_func_graph (graph.inputs = arguments then
/// captures, their ops left out of the body), c_api.cc AnnotateEagerRuntimeConstructionContext
/// (_construction_context "kEagerRuntime"), graph.cc AddFunctionLibrary (min_consumer 12),
/// ops.py _as_graph_def (no library field when there are no functions), and a FunctionDef TF
/// wrote: grappler/optimizers/data/seq_interleave_prefetch_test.cc kFdefProtoStr
/// (ret { key: "identity" value: "Identity:output:0" }, arg_attr _output_shapes and
/// _user_specified_name). Python's text_format leaves a map entry's key 0 out (TF issue 9835).
/// </summary>
public class FunctionLibrarySpecs
{
    internal static GraphDef Exported(string script)
    {
        Func<World>? world = null;
        var options = RunOptions.Default with { Modules = TfModule.Registry(read => world = read) };
        var result = ScriptRunner.Run(script, "t.py", options, TextWriter.Null);
        Assert.True(result.Succeeded, result.ErrorText);
        var final = world!();
        return GraphDef.From(final, ExportedGraph.Pick(final));
    }

    private const string Captures = """
        import tensorflow as tf
        tf.compat.v1.disable_eager_execution()
        w = tf.constant(3.0, name="w")
        @tf.function
        def f(x):
            return x * w
        y = f(tf.constant(2.0, name="x"))
        """;

    [Fact]
    public void A_tf_function_call_exports_its_function_def_as_tensorflow_writes_it()
    {
        var text = GraphDefText.Write(Exported(Captures));
        var library = text[text.IndexOf("library {", StringComparison.Ordinal)..];
        Assert.Equal("""
            library {
              function {
                signature {
                  name: "__inference_f_3"
                  input_arg {
                    name: "x"
                    type: DT_FLOAT
                  }
                  input_arg {
                    name: "mul_w"
                    type: DT_FLOAT
                  }
                  output_arg {
                    name: "identity"
                    type: DT_FLOAT
                  }
                }
                node_def {
                  name: "mul"
                  op: "Mul"
                  input: "x"
                  input: "mul_w"
                  attr {
                    key: "T"
                    value {
                      type: DT_FLOAT
                    }
                  }
                }
                node_def {
                  name: "Identity"
                  op: "Identity"
                  input: "mul:z:0"
                  attr {
                    key: "T"
                    value {
                      type: DT_FLOAT
                    }
                  }
                }
                ret {
                  key: "identity"
                  value: "Identity:output:0"
                }
                attr {
                  key: "_construction_context"
                  value {
                    s: "kEagerRuntime"
                  }
                }
                arg_attr {
                  value {
                    attr {
                      key: "_output_shapes"
                      value {
                        list {
                          shape {
                          }
                        }
                      }
                    }
                    attr {
                      key: "_user_specified_name"
                      value {
                        s: "x"
                      }
                    }
                  }
                }
                arg_attr {
                  key: 1
                  value {
                    attr {
                      key: "_output_shapes"
                      value {
                        list {
                          shape {
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            versions {
              producer: 1394
              min_consumer: 12
            }

            """.ReplaceLineEndings("\n"), library);
    }

    [Fact]
    public void The_call_op_names_its_function_with_a_func_attr()
    {
        // atomic_function.py partitioned_call_op: f = AttrValue(func=NameAttrList(name=name)).
        var call = Exported(Captures).Nodes.Single(n => n.Op == "PartitionedCall");
        Assert.Equal(new AttrValue.FuncValue("__inference_f_3"), call.Attrs["f"]);
    }

    [Fact]
    public void A_graph_without_functions_has_no_library_and_min_consumer_zero()
    {
        var graph = Exported("import tensorflow as tf\ntf.compat.v1.disable_eager_execution()\ntf.constant(1.0)\n");
        Assert.True(graph.Library.IsEmpty);
        Assert.Equal(0, graph.MinConsumer);
        Assert.DoesNotContain("library", GraphDefText.Write(graph));
    }

    [Fact]
    public void Functions_called_by_functions_join_the_library()
    {
        var graph = Exported("""
            import tensorflow as tf
            tf.compat.v1.disable_eager_execution()
            @tf.function
            def g(x):
                return x + 1.0
            @tf.function
            def f(x):
                return g(x) * 2.0
            y = f(tf.constant(1.0, name="a"))
            """);
        Assert.Equal(["__inference_f_5", "__inference_g_4"], graph.Library.Functions.Select(f => f.Signature.Name));
        var f = graph.Library.Find("__inference_f_5")!;
        var call = f.Nodes.Single(n => n.Op == "PartitionedCall");
        Assert.Equal(new AttrValue.FuncValue("__inference_g_4"), call.Attrs["f"]);
        // A list output arg (PartitionedCall's "output: Tout") is indexed within the arg.
        Assert.Equal(["PartitionedCall:output:0", "mul/y:output:0"], f.Nodes.Single(n => n.Name == "mul").Inputs);
        Assert.Equal(["x", "add/y:output:0"], graph.Library.Find("__inference_g_4")!.Nodes.Single(n => n.Op == "AddV2").Inputs);
    }

    [Fact]
    public void A_captured_variable_handle_is_a_resource_arg_without_output_shapes_and_makes_the_function_stateful()
    {
        var graph = Exported("""
            import tensorflow as tf
            tf.compat.v1.disable_eager_execution()
            v = tf.Variable(1.0, name="v")
            @tf.function
            def f(x):
                v.assign_add(x)
                return x
            y = f(tf.constant(2.0, name="a"))
            """);
        var f = graph.Library.Functions.Single();
        Assert.Equal([new FunctionArg("x", DType.Float32), new FunctionArg("assignaddvariableop_v", DType.Resource)], f.Signature.InputArgs);
        Assert.True(f.Signature.IsStateful); // AssignAddVariableOp has a resource input (op_def_builder.cc)
        Assert.Equal([0u], f.ArgAttrs.Select(a => a.Index)); // the resource arg's shape is not kept
        Assert.Equal(["assignaddvariableop_v", "x"], f.Nodes.Single(n => n.Op == "AssignAddVariableOp").Inputs);
        Assert.Equal("StatefulPartitionedCall", graph.Nodes.Single(n => n.Op.EndsWith("PartitionedCall", StringComparison.Ordinal)).Op);
    }

    [Fact]
    public void Cond_branches_export_with_names_uniquified_against_their_output_args()
    {
        // cond_v2 in a plain graph: no Identity on the branch outputs, so an output arg takes a
        // node's normalized name first ("mul") and the node becomes "mul_0"; a returned capture
        // placeholder names an output arg ("x") and its input arg becomes "x_0".
        var graph = Exported("""
            import tensorflow.compat.v1 as tf
            tf.disable_eager_execution()
            pred = tf.placeholder(tf.bool, name="pred")
            x = tf.constant(1.0, name="x")
            y = tf.constant(3.0, name="y")
            out = tf.cond(pred, lambda: (x * y, y), lambda: (x, y * 3.0))
            """);
        var op = graph.Nodes.Single(n => n.Op == "StatelessIf");
        Assert.Equal(new AttrValue.FuncValue("cond_true_2"), op.Attrs["then_branch"]);
        Assert.Equal(new AttrValue.FuncValue("cond_false_3"), op.Attrs["else_branch"]);
        var t = graph.Library.Find("cond_true_2")!;
        Assert.Equal(["mul", "mul_y"], t.Signature.OutputArgs.Select(a => a.Name));
        Assert.Equal(["mul_x", "mul_y_0"], t.Signature.InputArgs.Select(a => a.Name));
        Assert.Equal([new MapEntry("mul", "mul_0:z:0"), new MapEntry("mul_y", "mul_y_0")], t.Ret);
        Assert.Equal(["mul_0"], t.Nodes.Select(n => n.Name));
        var f = graph.Library.Find("cond_false_3")!;
        Assert.Equal(["x", "mul"], f.Signature.OutputArgs.Select(a => a.Name));
        Assert.Equal(new MapEntry("x", "x_0"), f.Ret[1]);
        Assert.False(t.Signature.IsStateful || f.Signature.IsStateful);
    }

    [Fact]
    public void A_stateful_branch_is_a_stateful_function()
    {
        var graph = Exported("""
            import tensorflow.compat.v1 as tf
            tf.disable_eager_execution()
            pred = tf.placeholder(tf.bool, [], name="pred")
            out = tf.cond(pred, lambda: tf.random_uniform([2]), lambda: tf.zeros([2]))
            """);
        var op = graph.Nodes.Single(n => n.Op == "If");
        var then = graph.Library.Find(((AttrValue.FuncValue)op.Attrs["then_branch"]).Name)!;
        var @else = graph.Library.Find(((AttrValue.FuncValue)op.Attrs["else_branch"]).Name)!;
        Assert.True(then.Signature.IsStateful);
        Assert.False(@else.Signature.IsStateful);
        Assert.Contains("is_stateful: true", GraphDefText.Write(graph));
    }

    [Fact]
    public void The_library_survives_binary_and_text_round_trips()
    {
        var graph = Exported(Captures);
        Assert.Equal(graph, GraphDefBinary.Decode(GraphDefBinary.Encode(graph)));
        var text = GraphDefText.Write(graph);
        Assert.Equal(graph, GraphDefTextParser.Parse(text));
        Assert.Equal(text, GraphDefText.Write(GraphDefBinary.Decode(GraphDefBinary.Encode(graph))));
    }

    [Fact]
    public void The_dot_export_is_unaffected_by_functions()
    {
        // GraphDot draws the graph's own nodes; the call op is a node, its function body is not.
        Func<World>? world = null;
        var options = RunOptions.Default with { Modules = TfModule.Registry(read => world = read) };
        Assert.True(ScriptRunner.Run(Captures, "t.py", options, TextWriter.Null).Succeeded);
        var dot = GraphDot.Write(ExportedGraph.Pick(world!()));
        Assert.Contains("PartitionedCall", dot);
        Assert.DoesNotContain("Identity", dot);
        Assert.DoesNotContain("__inference", dot);
    }
}
