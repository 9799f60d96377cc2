using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Worlds;
using Convert = ScopeFn.Core.Ops.Convert;

namespace ScopeFn.Core.Functions;

/// <summary>
/// Calling a concrete function from a graph (concrete_function.py <c>_call_flat</c>,
/// atomic_function.py <c>make_call_op_in_graph</c> / <c>partitioned_call_op</c>): one
/// <c>StatefulPartitionedCall</c> (any stateful op inside) or <c>PartitionedCall</c> op in the
/// default graph, named by <c>create_op(name=op type)</c> so <c>unique_name</c> in the current
/// name scope; inputs are the tensor arguments then the captured tensors (a calling FuncGraph
/// captures them in turn); outputs take the function's output dtypes and shapes.
/// </summary>
public static class CallOps
{
    public static Tf<object?> Call(int concrete, IReadOnlyList<object?> args) => Tf.Of<object?>((w, t) =>
    {
        var c = w.Functions.Concrete(concrete);
        if (!Contexts.EagerMode.IsEager(w, t)) w = DefaultGraph.Get(w, t).World;
        var flat = new List<Tensor>();
        var converted = FlattenArgs(w, t, c.Signature, args, flat);
        if (converted.Error is not null) return Result.Fail<object?>(converted.World, converted.Error);
        var call = CallFlat(converted.World, t, c, flat, c.CapturedInputs.ToList());
        return call.Error is null ? Result.Ok(call.World, Restructure(c.StructuredOutputs, c.Outputs, call.Value)) : Result.Fail<object?>(call.World, call.Error);
    });

    /// <summary>
    /// <c>ConcreteFunction._call_flat(tensor_inputs, captured_inputs)</c>: the function's variables
    /// are accessed (tapes watching accessed variables watch them); then the function that runs is
    /// chosen by which tapes watch the inputs (<c>_select_forward_and_backward_functions</c>): the
    /// inference function when none does, or when one non-persistent tape does while building a
    /// graph (its gradient is the delayed rewrite); the first-order forward function under one
    /// non-persistent tape while eager; the higher-order one under a persistent or several tapes.
    /// Its call op (eager: executed; graph: added with the outputs' static shapes) is returned;
    /// its first outputs are the function's own.
    /// </summary>
    public static Result<Operation> CallFlat(World w, ThreadId t, ConcreteFunction c, IReadOnlyList<Tensor> tensorInputs, IReadOnlyList<Tensor> capturedInputs)
    {
        var inputs = tensorInputs.Concat(capturedInputs).ToList();
        w = Tapes.TapeSet.VariablesAccessed(w, t, capturedInputs);
        var eager = Contexts.EagerMode.IsEager(w, t);
        var kind = Tapes.TapeSet.PossibleGradientTypes(w, t, inputs);
        Tf<GradientPair>? select = kind switch
        {
            Tapes.PossibleGradientType.FirstOrder when eager => FunctionGradients.FirstOrder(c.Id),
            Tapes.PossibleGradientType.HigherOrder => FunctionGradients.HigherOrder(c.Id),
            _ => null,
        };
        var fn = c;
        if (select is not null)
        {
            var pair = select.Run(w, t);
            if (pair.Error is not null) return Result.Fail<Operation>(pair.World, pair.Error);
            w = pair.World;
            fn = w.Functions.Concrete(pair.Value.Forward);
        }
        var (type, attrs) = CallOp(fn, inputs);
        if (eager) return Eager.EagerOps.Execute(w, t, type, inputs, attrs, null);
        var current = DefaultGraph.Get(w, t);
        var made = OpCreation.Create(current.World, t, current.Value, type, inputs, attrs, type);
        if (made.Error is not null) return Result.Fail<Operation>(made.World, made.Error);
        var (world, op) = SetOutputShapes(made.World, made.Value, fn);
        return Result.Ok(world, op);
    }

    /// <summary>The call op's type (stateful when the function holds a stateful op) and attrs.</summary>
    private static (string Type, LanguageExt.Map<OrdString, string, AttrValue> Attrs) CallOp(ConcreteFunction c, IReadOnlyList<Tensor> inputs) =>
        (c.IsStateful ? "StatefulPartitionedCall" : "PartitionedCall",
         Attrs.Of(
            ("Tin", new AttrValue.ListValue(inputs.Select(i => AttrValue.Of(i.DType)).ToSeq())),
            ("Tout", new AttrValue.ListValue(c.Outputs.Select(o => AttrValue.Of(o.DType)).ToSeq())),
            ("f", new AttrValue.FuncValue(c.Name)),
            ("config_proto", AttrValue.Of("")),
            ("executor_type", AttrValue.Of(""))));

    // Tensor arguments in signature order; a Python value standing for a tensor is converted here.
    private static Result<Unit> FlattenArgs(World w, ThreadId t, IReadOnlyList<TraceType> types, IReadOnlyList<object?> args, List<Tensor> flat)
    {
        for (var i = 0; i < types.Count; i++)
        {
            var arg = i < args.Count ? args[i] : null;
            switch (types[i])
            {
                case TensorType spec:
                    if (arg is Tensor tensor) { flat.Add(tensor); break; }
                    var r = Convert.ToTensor(w, t, arg!, spec.DType, null, "Const");
                    if (r.Error is not null) return Result.Fail<Unit>(r.World, r.Error);
                    (w, _) = (r.World, 0);
                    flat.Add(r.Value);
                    break;
                case SequenceType seq when (arg is OutputSequence os ? os.Items : arg) is IReadOnlyList<object?> items:
                    var inner = FlattenArgs(w, t, seq.Items, items, flat);
                    if (inner.Error is not null) return inner;
                    w = inner.World;
                    break;
            }
        }
        return Result.Ok(w);
    }

    // tensor.set_shape(func_graph_output.shape) on each call output, as the caller does after creation.
    private static (World, Operation) SetOutputShapes(World w, Operation op, ConcreteFunction c) =>
        Replace(w, op with { OutputSpecs = c.Outputs.Select(o => new TensorSpec(o.DType, o.Shape)).ToArray() });

    /// <summary>The graph with <paramref name="op"/> in place of the operation with its id.</summary>
    internal static (World, Operation) Replace(World w, Operation op)
    {
        var g = w.Graph(op.Graph);
        g = g with { Ops = g.Ops.Take(op.Id - 1).Add(op).Concat(g.Ops.Skip(op.Id)) };
        return (w.WithGraph(g), op);
    }

    /// <summary>The call op's attrs naming <paramref name="c"/> (<c>_set_func_attr("f")</c>, <c>_set_type_list_attr("Tout")</c>).</summary>
    internal static LanguageExt.Map<LanguageExt.ClassInstances.OrdString, string, AttrValue> Retarget(Operation op, ConcreteFunction c) =>
        op.Attrs.AddOrUpdate("f", new AttrValue.FuncValue(c.Name))
            .AddOrUpdate("Tout", new AttrValue.ListValue(c.Outputs.Select(o => AttrValue.Of(o.DType)).ToSeq()));

    /// <summary><c>function_type.pack_output</c>: the structured outputs with each function output replaced by the call's.</summary>
    public static object? Restructure(object? structured, IReadOnlyList<Tensor> outputs, Operation call) => structured switch
    {
        Tensor t => call.Output(IndexOf(outputs, t)),
        OutputSequence s => new OutputSequence(s.IsList, s.Items.Select(x => Restructure(x, outputs, call)).ToArray()),
        _ => structured,
    };

    private static int IndexOf(IReadOnlyList<Tensor> outputs, Tensor t)
    {
        for (var i = 0; i < outputs.Count; i++) if (outputs[i] == t) return i;
        throw new InvalidOperationException($"{t.Name} is not an output of the function");
    }
}
