using ScopeFn.Core.Contexts;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Eager;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// The TensorFlow process state of one script run: the world, the thread (scripts are
/// single-threaded), the open <c>with</c> blocks and the execution mode. TF 2.x starts eager;
/// <c>disable_eager_execution()</c> or <c>Graph.as_default()</c> switch to graph construction.
/// </summary>
internal sealed class TfProcess
{
    private readonly Stack<(Func<World, World> Restore, ScopeTag? Tag)> open = new();
    private readonly Dictionary<GraphId, GraphObject> graphs = new();

    /// <summary>A TF 2.x process: eager by default, eager ops run by the interpreter.</summary>
    public World World { get; set; } = Fresh;

    private static World Fresh => EagerMode.Tf2Process(InterpreterEagerExecutor.Initial);

    /// <summary>Records trace events when the run is traced; null otherwise.</summary>
    public TfTracer? Tracer { get; private set; }

    public TfProcess(TfTracer? tracer = null) => Tracer = tracer;

    /// <summary>
    /// Starts the state of a new run, as a new process would: a fresh world and none of the previous
    /// run's Python objects, open blocks or tracer. A host that builds the module once
    /// (<see cref="TfModuleHost"/>) calls this per run so that nothing one script did reaches the next.
    /// </summary>
    public void Reset(TfTracer? tracer)
    {
        World = Fresh;
        Tracer = tracer;
        open.Clear();
        graphs.Clear();
        tensors.Clear();
        operations.Clear();
        variables.Clear();
        concretes.Clear();
    }
    public ThreadId Thread => ThreadId.Main;

    /// <summary><c>tf.executing_eagerly()</c>, as the core's context stack says.</summary>
    public bool ExecutingEagerly => EagerMode.IsEager(World, Thread);

    public T Run<T>(Tf<T> program)
    {
        var before = World;
        var r = program.Run(World, Thread);
        World = r.World;
        Tracer?.Call(before, World, Thread, r.Error, r.Error is null ? r.Value : null);
        if (r.Error is ScriptCallbackError callback) throw callback.Exception;
        return r.Error is null ? r.Value : throw PyErrors.FromTfError(r.Error);
    }

    /// <summary>
    /// A script callback (custom getter, template function) as a core step: it runs on the world
    /// the step is given, and its Python exception travels as an error value so the core's brackets
    /// (scopes the callback was called in) unwind before <see cref="Run"/> raises it again.
    /// </summary>
    public Tf<T> Callback<T>(Func<T> body) => ScopeFn.Core.Monad.Tf.Of<T>((w, _) =>
    {
        World = w;
        try
        {
            var value = body();
            return Result.Ok(World, value);
        }
        catch (PyException e)
        {
            return Result.Fail<T>(World, new ScriptCallbackError(e));
        }
    });

    /// <summary>An op-building call: graph construction, or eager execution when the thread executes eagerly.</summary>
    public T Build<T>(Tf<T> program, string what) => Run(program);

    public S Enter<S>(Enter<S> enter, ScopeTag? tag = null)
    {
        var before = World;
        var r = enter(World, Thread);
        World = r.World;
        Tracer?.Call(before, World, Thread, r.Error, null);
        if (r.Error is not null) throw PyErrors.FromTfError(r.Error);
        open.Push((r.Value.Restore, tag));
        if (tag is not null) Tracer?.Enter(World, Thread, tag);
        return r.Value.Value;
    }

    public void Exit()
    {
        var (restore, tag) = open.Pop();
        World = restore(World);
        if (tag is not null) Tracer?.Exit(World, Thread, tag);
    }

    private readonly Dictionary<(GraphId, int, int), TensorObject> tensors = new();
    private readonly Dictionary<(GraphId, int), OperationObject> operations = new();
    private readonly Dictionary<(GraphId, int), VariableObject> variables = new();
    private readonly Dictionary<int, ConcreteFunctionObject> concretes = new();

    /// <summary>One Python object per concrete function, so <c>is</c> compares them as TF's cache hands them out.</summary>
    public ConcreteFunctionObject Concrete(int id)
    {
        if (!concretes.TryGetValue(id, out var c)) concretes[id] = c = new ConcreteFunctionObject(this, id);
        return c;
    }

    /// <summary>
    /// One Python object per graph tensor: TF's Operation keeps its output Tensor objects, so
    /// <c>op.outputs[0] is t</c> and lookups by name return the same object.
    /// </summary>
    public TensorObject Tensor(ScopeFn.Core.Graphs.Tensor t)
    {
        var key = (t.Graph, t.OpId, t.Index);
        if (!tensors.TryGetValue(key, out var o)) tensors[key] = o = new TensorObject(this, t);
        return o;
    }

    /// <summary>One Python object per operation (ops.py keeps them in <c>Graph._nodes_by_id</c>).</summary>
    public OperationObject Op(ScopeFn.Core.Graphs.Operation op)
    {
        var key = (op.Graph, op.Id);
        if (!operations.TryGetValue(key, out var o)) operations[key] = o = new OperationObject(this, op.Graph, op.Id);
        return o;
    }

    /// <summary>
    /// What an op-returning wrapper gives Python: the operation, or None when it executed eagerly
    /// (an eager op without outputs returns None, so <c>no_op()</c> and the initializers are None).
    /// </summary>
    public PyObject OpResult(ScopeFn.Core.Graphs.Operation op) =>
        op.Graph == ScopeFn.Core.Eager.EagerContext.Graph ? PyNone.Instance : Op(op);

    /// <summary>
    /// One Python object per variable: the store and the collections hold the variable object, so
    /// <c>get_variable</c> reusing a variable returns the very object created first (<c>v1 is v2</c>).
    /// </summary>
    public VariableObject Variable(ScopeFn.Core.Variables.Variable v)
    {
        var key = (v.Graph, v.Handle.OpId);
        if (!variables.TryGetValue(key, out var o)) variables[key] = o = new VariableObject(this, v);
        return o;
    }

    /// <summary>One Python object per graph, so <c>is</c> and <c>==</c> compare graphs by identity.</summary>
    public GraphObject Graph(GraphId id)
    {
        if (!graphs.TryGetValue(id, out var g)) graphs[id] = g = new GraphObject(this, id);
        return g;
    }

    public static PyException Fail(TfError error) => PyErrors.FromTfError(error);
}

/// <summary>A Python exception raised inside a script callback, carried through the core as an error value.</summary>
internal sealed record ScriptCallbackError(PyException Exception) : TfError(Exception.Value.Str())
{
    public override string TypeName => Exception.Value.ExceptionType.Name;
}
