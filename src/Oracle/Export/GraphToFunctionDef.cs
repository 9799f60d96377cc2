using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Functions;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Oracle.Export;

/// <summary>
/// A concrete function as the FunctionDef TF registers for it: atomic_function.py
/// <c>from_func_graph</c> hands <c>TF_GraphToFunction</c> the FuncGraph's operations other than
/// its inputs' ops, <c>graph.inputs</c> (argument placeholders, then captures) and
/// <c>graph.outputs</c>; graph_to_functiondef.cc <c>GraphToFunctionDefHelper</c> (called with
/// set_stateful_from_nodes) names the output args after their nodes first, then the input args,
/// then uniquifies the body's node names, and rewrites every input to the function-body form.
/// The function's attrs are those TF sets on every traced function (see <see cref="FunctionAttrs"/>).
/// </summary>
public static class GraphToFunctionDef
{
    /// <summary>c_api.cc <c>AnnotateEagerRuntimeConstructionContext</c>: the attr TFE_ContextAddFunction puts on every function.</summary>
    public const string ConstructionContext = "_construction_context";

    public static FunctionDef Convert(World world, ConcreteFunction function)
    {
        var graph = world.Graph(function.Graph);
        var names = new NodeNameMapping();
        // "<node>:<index>" in the graph → the name the function body uses for that tensor.
        var renaming = new Dictionary<string, string>(StringComparer.Ordinal);

        // Output args first, so their names never collide with the inputs' (GraphToFunctionDefHelper's order).
        var outputArgs = function.Outputs.Select(o => new FunctionArg(names.GetOutputName(o.OpName), o.DType)).ToArray();

        var inputs = function.GraphInputs.ToList();
        var inputArgs = new List<FunctionArg>();
        var argAttrs = new List<ArgAttrs>();
        foreach (var input in inputs)
        {
            var op = Owned(graph, input, function.Name);
            var name = names.GetInputName(op.Name);
            inputArgs.Add(new FunctionArg(name, input.DType));
            var attrs = ArgAttrsOf(op, input.DType);
            if (attrs.Count > 0) argAttrs.Add(new ArgAttrs((uint)(inputArgs.Count - 1), attrs));
            renaming[input.Name] = name;
        }

        var inputOps = inputs.Select(i => i.OpId).ToHashSet();
        var body = graph.Ops.Filter(op => !inputOps.Contains(op.Id)).ToList();
        foreach (var op in body)
        {
            var nodeName = names.Uniquify(op.Name);
            var ranges = OutputArgDefs.Ranges(op.Type, op.NumOutputs)
                ?? throw new InvalidOperationException($"op type {op.Type} has no output arg names to write '{op.Name}' into function '{function.Name}'");
            for (var i = 0; i < ranges.Count; i++)
                renaming.TryAdd($"{op.Name}:{i}", $"{nodeName}:{ranges[i].Arg}:{ranges[i].Index}");
        }

        var nodes = body.Select(op => BodyNode(graph, op, names, renaming, function.Name)).ToArray();
        var ret = outputArgs.Zip(function.Outputs, (arg, o) => new MapEntry(arg.Name, renaming.TryGetValue(o.Name, out var r) ? r
                : throw new InvalidOperationException($"TF_Output {o.Name} is neither in the function body nor among function inputs. Encountered while creating function '{function.Name}'")))
            .OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        var stateful = body.Exists(op => FunctionOpDefs.Stateful.Contains(op.Type));
        var signature = new FunctionSignature(function.Name, inputArgs.ToArray(), outputArgs, stateful, []);
        return new FunctionDef(signature, nodes, ret, FunctionAttrs(world, function), [], argAttrs.ToArray());
    }

    /// <summary>The input's op, which must belong to the function's graph.</summary>
    private static Operation Owned(Graph graph, Tensor input, string function) =>
        input.Graph == graph.Id ? graph.Op(input.OpId)
            : throw new InvalidOperationException($"input {input.Name} of function '{function}' is not in its graph");

    /// <summary>
    /// The arg_attr TF copies from an input's node: every attr whose name starts with '_' (such as
    /// <c>_user_specified_name</c>); a Placeholder's <c>shape</c> as <c>_output_shapes</c> unless
    /// the arg is a resource handle; a captured Const's value shape as <c>_output_shapes</c>.
    /// </summary>
    private static Map<OrdString, string, AttrValue> ArgAttrsOf(Operation op, DType type)
    {
        var attrs = Map<OrdString, string, AttrValue>.Empty;
        foreach (var (key, value) in op.Attrs)
        {
            if (key.StartsWith('_')) attrs = attrs.TryAdd(key, value);
            else if (key == "shape" && type != DType.Resource && value is AttrValue.ShapeValue s)
                attrs = attrs.TryAdd("_output_shapes", OneShape(s.Shape));
            else if (key == "value" && op.Type == "Const" && value is AttrValue.TensorValue t)
                attrs = attrs.TryAdd("_output_shapes", OneShape(t.Tensor.StaticShape));
        }
        return attrs;
    }

    /// <summary>An <c>_output_shapes</c> value: a list holding the one output's shape.</summary>
    private static AttrValue OneShape(TensorShape shape) => new AttrValue.ListValue(new[] { AttrValue.Of(shape) }.ToSeq());

    /// <summary>
    /// FillFunctionBody: the node as the graph holds it, renamed, its data inputs in the body form
    /// (a tensor from outside the body or the inputs is an error), then its control inputs as
    /// <c>^name</c> sorted by the source node's name.
    /// </summary>
    private static NodeDef BodyNode(Graph graph, Operation op, NodeNameMapping names, Dictionary<string, string> renaming, string function)
    {
        var inputs = new List<string>();
        for (var i = 0; i < op.Inputs.Count; i++)
        {
            var original = op.Inputs[i].Name;
            inputs.Add(renaming.TryGetValue(original, out var renamed) ? renamed
                : throw new InvalidOperationException($"Input {i}, '{original}', of node '{op.Name}' in function '{function}' is not available. You might need to include it in inputs or include its source node in the body"));
        }
        foreach (var source in op.ControlInputIds.Select(id => graph.Op(id).Name).Order(StringComparer.Ordinal))
            inputs.Add("^" + (names.Lookup(source)
                ?? throw new InvalidOperationException($"The source of control edge {source} -> {op.Name} is not in the body. Encountered while creating function '{function}'")));
        return new NodeDef(names.Lookup(op.Name)!, op.Type, inputs.ToArray(), op.Device, op.Attrs);
    }

    /// <summary>
    /// The FunctionDef's <c>attr</c>: <c>_construction_context: "kEagerRuntime"</c>, which
    /// TFE_ContextAddFunction puts on every function from_func_graph registers (and the graph's
    /// copy of it keeps); for a forward/backward pair (concrete_function.py
    /// <c>_create_forward_backward_with_graph</c>) the forward function's
    /// <c>backward_function_name</c> and the backward function's <c>forward_function_name</c>.
    /// </summary>
    private static Map<OrdString, string, AttrValue> FunctionAttrs(World world, ConcreteFunction function)
    {
        var attrs = Map<OrdString, string, AttrValue>.Empty.Add(ConstructionContext, AttrValue.Of("kEagerRuntime"));
        var fs = world.Functions;
        if (function.ForwardOf is { } pair)
            attrs = attrs.Add("backward_function_name", AttrValue.Of(fs.Concrete(pair.Backward).Name));
        foreach (var c in fs.Concretes.ValuesInHashOrder)
            if (c.ForwardOf is { } p && p.Backward == function.Id)
            {
                attrs = attrs.AddOrUpdate("forward_function_name", AttrValue.Of(c.Name));
                break;
            }
        return attrs;
    }
}
