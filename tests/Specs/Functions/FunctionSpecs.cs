using ScopeFn.Core.Contexts;
using ScopeFn.Core.Functions;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Core.Worlds;
using static ScopeFn.Specs.Core.Harness;

namespace ScopeFn.Specs.Functions;

/// <summary>FuncGraph captures and collections, tf.function traces and call ops, through the core. source: func_graph.py, polymorphic_function.py, tracing_compilation.py, atomic_function.py; tf-semantics.md §8.3–8.4.</summary>
public class FunctionSpecs
{
    private static Tf<Tensor> Outer(string name) => ArrayOps.Placeholder(DType.Float32, TensorShape.Scalar, name);

    private static Tf<string[]> Names(GraphId g) => Tf.Read((w, _) => w.Graph(g).Ops.Map(o => o.Name).ToArray());

    [Fact] // func_graph.py capture: one placeholder per external tensor, named after it in the op's scope
    public void Outer_tensors_are_captured_once_as_placeholders()
    {
        var program =
            from x in Outer("x")
            from g in FuncGraphs.Named("f")
            from r in DefaultGraph.AsDefault(g,
                from a in MathOps.Add(x, x)
                from b in MathOps.Multiply(x, 2.0)
                select b)
            from ns in Names(g)
            from cs in Tf.Read((w, _) => w.Functions.FuncGraph(g)!.Captures.Map(c => (c.External.Name, c.Internal.Name)).ToArray())
            select (ns, cs);
        var (names, captures) = Value(program);
        Assert.Equal(["Add/x", "Add", "Mul/y", "Mul"], names); // tf.add / tf.multiply scopes (math_ops.py add: name_scope(name, "Add"))
        Assert.Equal([("x:0", "Add/x:0")], captures);
    }

    [Fact] // capture_container.py: capture placeholders are made under control_dependencies(None)
    public void Capture_placeholders_have_no_control_inputs()
    {
        var program =
            from x in Outer("x")
            from g in FuncGraphs.Named("f")
            from control in DefaultGraph.AsDefault(g,
                from c in Constant.Of(1.0, name: "c")
                from y in ControlDependencies.With([c], ArrayOps.Identity(x))
                from ids in Tf.Read((w, _) => w.Graph(g).OpNamed("Identity/x")!.ControlInputIds.Count)
                select ids)
            select control;
        Assert.Equal(0, Value(program));
    }

    [Fact] // func_graph.py _validate_in_scope
    public void A_tensor_of_an_inner_function_graph_cannot_be_captured()
    {
        var program =
            from outer in FuncGraphs.Named("outer")
            from r in DefaultGraph.AsDefault(outer,
                from inner in FuncGraphs.Named("inner")
                from t in DefaultGraph.AsDefault(inner, Constant.Of(1.0, name: "c"))
                from y in ArrayOps.Identity(t)
                select y)
            select r;
        var e = Error(program);
        Assert.Equal("InaccessibleTensorError", e.TypeName);
        Assert.StartsWith("<tf.Tensor 'c:0' shape=() dtype=float32> is out of scope and cannot be used here.", e.Message);
    }

    [Fact] // func_graph.py FuncGraph.__init__: allow-listed collections shared, others copied
    public void Variable_collections_are_shared_and_others_copied()
    {
        var program =
            from a in Constant.Of(1.0, name: "a")
            from _ in CollectionOps.Add("mine", a)
            from g in FuncGraphs.Named("f")
            from inside in DefaultGraph.AsDefault(g,
                from b in Constant.Of(2.0, name: "b")
                from x in CollectionOps.Add("mine", b)
                from y in CollectionOps.Add(GraphKeys.TrainableVariables, b)
                from seen in CollectionOps.Get("mine")
                select seen.Count)
            from mine in CollectionOps.Get("mine")
            from trainable in CollectionOps.Get(GraphKeys.TrainableVariables)
            select (inside, mine.Count, trainable.Count);
        Assert.Equal((2, 1, 1), Value(program));
    }

    private static FunctionBody AddOne => args => MathOps.Add(args[0]!, 1.0).Select(t => (object?)t);

    [Fact] // tracing_compilation.py: one trace per signature; atomic_function.py: PartitionedCall in the caller's scope
    public void Calls_reuse_traces_and_add_call_ops()
    {
        var program =
            from x in Outer("x")
            from f in PolyFunctions.Define(null, "f", ["v"])
            from a in PolyFunctions.Call(f, [x], AddOne)
            from b in NameScope.V1("s", null, null, _ => PolyFunctions.Call(f, [x], AddOne))
            from count in PolyFunctions.TracingCount(f)
            select (((Tensor)a!).Name, ((Tensor)b!).Name, count);
        Assert.Equal(("PartitionedCall:0", "s/PartitionedCall:0", 1), Value(program));
    }

    [Fact] // concrete function graph: argument placeholder named after the parameter, outputs through Identity
    public void A_trace_names_arguments_and_returns_identities()
    {
        var program =
            from x in Outer("x")
            from f in PolyFunctions.Define(null, "f", ["v"])
            from c in PolyFunctions.GetConcreteFunction(f, [x], AddOne)
            from concrete in Tf.Read((w, _) => w.Functions.Concrete(c))
            from ns in Names(concrete.Graph)
            select (ns, concrete.Name.StartsWith("__inference_f_", StringComparison.Ordinal));
        var (names, inference) = Value(program);
        Assert.Equal(["v", "Add/y", "Add", "Identity"], names);
        Assert.True(inference);
    }

    [Fact] // polymorphic_function.py _initialize: variables on the first trace → a second trace that forbids them
    public void A_function_that_creates_variables_is_traced_twice_and_fails_on_the_second_trace()
    {
        FunctionBody body = args => TfVariable.V2(new VariableArgs(1.0)).Select(v => (object?)v);
        var program =
            from f in PolyFunctions.Define(null, "f", [])
            from r in PolyFunctions.Call(f, [], body)
            select r;
        AssertError(program, "ValueError", VariableCreators.SingletonOnly);
    }

    [Fact] // polymorphic_function.py _call: traces after the first may not create variables
    public void Creating_variables_on_a_later_trace_fails()
    {
        FunctionBody body = args => (long)args[0]! == 2
            ? TfVariable.V2(new VariableArgs(1.0)).Select(_ => (object?)null)
            : Tf.Pure<object?>(null);
        var program =
            from f in PolyFunctions.Define(null, "f", ["n"])
            from a in PolyFunctions.Call(f, [1L], body)
            from b in PolyFunctions.Call(f, [2L], body)
            select b;
        AssertError(program, "ValueError", "Creating variables on a non-first call to a function decorated with tf.function.");
    }

    [Fact] // default_types.py Literal: 1, 1.0 and True are equal; TensorSpec subtypes
    public void Trace_types_compare_as_tf_does()
    {
        Assert.Equal(new LiteralType(1L), new LiteralType(1.0));
        Assert.Equal(new LiteralType(true), new LiteralType(1L));
        Assert.NotEqual(new LiteralType("1"), new LiteralType(1L));
        Assert.True(new TensorType(DType.Float32, TensorShape.Of(2)).IsSubtypeOf(new TensorType(DType.Float32, TensorShape.Unknown)));
        Assert.True(new TensorType(DType.Float32, TensorShape.Of(2)).IsSubtypeOf(new TensorType(DType.Float32, TensorShape.Of([null]))));
        Assert.False(new TensorType(DType.Float32, TensorShape.Of(2)).IsSubtypeOf(new TensorType(DType.Float32, TensorShape.Of(3))));
        Assert.False(new TensorType(DType.Int32, TensorShape.Of(2)).IsSubtypeOf(new TensorType(DType.Float32, TensorShape.Unknown)));
    }
}
