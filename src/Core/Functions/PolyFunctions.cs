using LanguageExt;
using ScopeFn.Core.Collections;
using ScopeFn.Core.Contexts;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Functions;

/// <summary>
/// The Python function a trace runs: it gets the arguments as the trace sees them (placeholders
/// for tensor arguments, the values themselves for Python arguments) and returns the structured
/// outputs (tensors, None, <see cref="OutputSequence"/>s, Python scalars, variables).
/// </summary>
public delegate Tf<object?> FunctionBody(IReadOnlyList<object?> args);

/// <summary>
/// <c>tf.function</c> objects (polymorphic_function.py <c>Function</c>): definition, <c>__call__</c>
/// (<c>_call</c> with its first-call <c>_initialize</c>), <c>get_concrete_function</c>, and the
/// trace cache keyed by the call's argument types and context (tracing_compilation.py).
/// </summary>
public static class PolyFunctions
{
    /// <summary><c>tf.function(python_function, input_signature=…)</c>; the name is the Python function's <c>__name__</c>.</summary>
    public static Tf<int> Define(object? pythonFunction, string name, IReadOnlyList<string> parameters,
        IReadOnlyList<TraceType>? inputSignature = null) => Tf.Of<int>(w =>
    {
        var id = w.Functions.LastFunctionId + 1;
        var f = new PolyFunction(id, pythonFunction, name, parameters.ToArray(),
            inputSignature is null ? null : (EquatableArray<TraceType>?)inputSignature.ToArray());
        return Result.Ok(w with { Functions = w.Functions.With(f) with { LastFunctionId = id } }, id);
    });

    /// <summary><c>experimental_get_tracing_count()</c>.</summary>
    public static Tf<int> TracingCount(int function) => Tf.Read((w, _) => w.Functions.Function(function).TracingCount);

    /// <summary>
    /// <c>Function.__call__</c> from a graph: find or trace the concrete function for these
    /// arguments under the variable-creation rules, then add its call op to the default graph.
    /// </summary>
    public static Tf<object?> Call(int function, IReadOnlyList<object?> args, FunctionBody body) =>
        from sig in Signature(function, args)
        from before in Tf.Read((w, _) => w.Functions.Function(function))
        from result in before.CreatedVariables > 0
            ? from c in LookupOrTrace(function, ScopeType.NoVariableCreation, sig, args, body)
              from r in CallOps.Call(c, args)
              select r
            : before.Initialized
                ? from c in LookupOrTrace(function, ScopeType.VariableCreation, sig, args, body)
                  from r in CallOps.Call(c, args)
                  from created in Tf.Read((w, _) => w.Functions.Function(function).CreatedVariables)
                  from checkedResult in created > 0
                      ? Tf.Fail<object?>(new ValueError("Creating variables on a non-first call to a function decorated with tf.function."))
                      : Tf.Pure<object?>(r)
                  select checkedResult
                : from first in Initialize(function, sig, args, body)
                  from created in Tf.Read((w, _) => w.Functions.Function(function).CreatedVariables)
                  from c in created > 0 ? LookupOrTrace(function, ScopeType.NoVariableCreation, sig, args, body) : Tf.Pure(first)
                  from r in CallOps.Call(c, args)
                  select r
        select result;

    /// <summary><c>get_concrete_function(*args)</c>: the concrete function a call with these arguments would use.</summary>
    public static Tf<int> GetConcreteFunction(int function, IReadOnlyList<object?> args, FunctionBody body) =>
        from sig in Signature(function, args)
        from initialized in Tf.Read((w, _) => w.Functions.Function(function).Initialized)
        from _ in initialized ? Tf.Pure(0) : Initialize(function, sig, args, body)
        from created in Tf.Read((w, _) => w.Functions.Function(function).CreatedVariables)
        from c in created > 0
            ? LookupOrTrace(function, ScopeType.NoVariableCreation, sig, args, body)
            : from c in LookupOrTrace(function, ScopeType.VariableCreation, sig, args, body)
              from after in Tf.Read((w, _) => w.Functions.Function(function).CreatedVariables)
              from r in after > 0
                  ? Tf.Fail<int>(new ValueError("Creating variables on a non-first call to a function decorated with tf.function."))
                  : Tf.Pure(c)
              select r
        select c;

    /// <summary>
    /// The argument types the cache is keyed by: the input signature when given (each argument
    /// must fit its spec), else each argument's own trace type.
    /// </summary>
    public static Tf<EquatableArray<TraceType>> Signature(int function, IReadOnlyList<object?> args) => Tf.Of<EquatableArray<TraceType>>(w =>
    {
        var f = w.Functions.Function(function);
        if (f.InputSignature is not { } spec) return Result.Ok(w, (EquatableArray<TraceType>)args.Select(TraceType.Of).ToArray());
        if (args.Count > spec.Count)
            return Result.Fail<EquatableArray<TraceType>>(w, new TypeError(
                $"{f.Name}({string.Join(", ", f.Parameters)}) takes {spec.Count} positional arguments but {args.Count} were given"));
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is not Tensor t) continue;
            if (!TraceType.Of(t).IsSubtypeOf(spec[i] is TensorType s ? s with { Name = null } : spec[i]))
                return Result.Fail<EquatableArray<TraceType>>(w, new TypeError(
                    $"Binding inputs to tf.function failed due to `Can not cast {TraceType.Of(t)} to {spec[i]}`. Received args: ({string.Join(", ", args.Select(a => a?.ToString() ?? "None"))},) and kwargs: {{}} for signature: ({string.Join(", ", f.Parameters.Zip(spec, (p, s) => $"{p}: {s}"))})."));
        }
        return Result.Ok(w, spec);
    });

    // _initialize: mark the function initialized, then trace once under VARIABLE_CREATION.
    private static Tf<int> Initialize(int function, EquatableArray<TraceType> sig, IReadOnlyList<object?> args, FunctionBody body) =>
        from _ in Tf.Of(w => Result.Ok(w with { Functions = w.Functions.With(w.Functions.Function(function) with { Initialized = true }) }))
        from c in LookupOrTrace(function, ScopeType.VariableCreation, sig, args, body)
        from __ in Tf.Of(w => Result.Ok(w with { Functions = w.Functions.With(w.Functions.Function(function) with { FirstConcrete = c }) }))
        select c;

    /// <summary>tracing_compilation.py <c>_maybe_define_function</c>: a cache hit, or a new trace added to the cache.</summary>
    public static Tf<int> LookupOrTrace(int function, ScopeType scope, EquatableArray<TraceType> sig, IReadOnlyList<object?> args, FunctionBody body) =>
        from context in Context(scope)
        from hit in Tf.Read((w, _) => w.Functions.Function(function).Lookup(context, sig))
        from c in hit is { } found ? Tf.Pure(found) : Tracing.Trace(function, context, sig, args, body)
        select c;

    /// <summary>function_context.py <c>make_function_context</c>: the graph init_scope would enter, and the scope type.</summary>
    private static Tf<FunctionContext> Context(ScopeType scope) => Tf.Of<FunctionContext>((w, t) =>
    {
        var outer = InitScope.OuterContext(w, t);
        return outer.Error is null ? Result.Ok(outer.World, new FunctionContext(outer.Value, scope)) : Result.Fail<FunctionContext>(outer.World, outer.Error);
    });
}
