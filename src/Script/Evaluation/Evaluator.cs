using System.Runtime.CompilerServices;
using ScopeFn.Script.Runtime;
using ScopeFn.Script.Syntax;

namespace ScopeFn.Script.Evaluation;

/// <summary>
/// Executes a parsed module: a tree-walking evaluator with Python's scoping, exceptions and
/// tracebacks. One instance per run; it is not thread-safe.
/// </summary>
public sealed partial class Evaluator
{
    private readonly ModuleRegistry modules;
    private readonly int recursionLimit;
    private readonly string fileName;
    private readonly List<PyBaseException> handling = [];
    private readonly List<Scope> frames = [];
    private int depth;

    public Evaluator(string fileName, ModuleRegistry modules, Dictionary<string, PyObject> builtins, int recursionLimit)
    {
        this.fileName = fileName;
        this.modules = modules;
        this.recursionLimit = recursionLimit;
        Globals = new Dictionary<string, PyObject>(StringComparer.Ordinal)
        {
            ["__name__"] = new PyStr("__main__"),
        };
        ModuleScope = Scope.ForModule(Globals, builtins);
    }

    public Dictionary<string, PyObject> Globals { get; }

    internal Scope ModuleScope { get; }

    /// <summary>The line the innermost running frame is at (0 before the module starts).</summary>
    public int CurrentLine => frames.Count > 0 ? frames[^1].Line : 0;

    /// <summary>Runs the module body; an uncaught exception escapes as <see cref="PyException"/> with its traceback.</summary>
    public void Run(Module module) => InFrame(ModuleScope, () =>
    {
        ExecBlock(module.Body, ModuleScope);
        return PyNone.Instance;
    });

    internal PyObject CallFunction(PyFunction function, CallArgs args)
    {
        var scope = Scope.ForCall(function.Name, function.QualifiedName, function.Info, function.Closure, ModuleScope);
        ArgumentBinder.Bind(function, args, scope.Variables);
        return InFrame(scope, () =>
        {
            if (function.LambdaBody is not null) return Eval(function.LambdaBody, scope);
            var flow = ExecBlock(function.Body!, scope);
            return flow == Flow.Return ? scope.ReturnValue : PyNone.Instance;
        });
    }

    /// <summary>
    /// Runs one frame: counts it against the recursion limit and, when an exception leaves it,
    /// records the frame and its current line in the exception's traceback.
    /// </summary>
    private PyObject InFrame(Scope scope, Func<PyObject> body)
    {
        ScriptContext.ChargeCurrent();
        if (++depth > recursionLimit)
        {
            depth--;
            throw PyErrors.RecursionError();
        }
        frames.Add(scope);
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            return body();
        }
        catch (Exception exception) when (PyErrors.Normalize(exception) is { } py)
        {
            py.Value.AddFrame(Entry(scope));
            if (ReferenceEquals(py, exception)) throw;
            throw py;
        }
        finally
        {
            depth--;
            frames.RemoveAt(frames.Count - 1);
        }
    }

    /// <summary>The live frames, outermost first, each at its current line.</summary>
    public IReadOnlyList<TracebackEntry> Stack() => frames.Select(Entry).ToList();

    private TracebackEntry Entry(Scope scope) => new(fileName, scope.Line, scope.Name, scope);

    /// <summary>Links an exception raised while handling another to it (<c>__context__</c>), avoiding cycles.</summary>
    private static void Chain(PyBaseException raised, PyBaseException handled)
    {
        if (ReferenceEquals(raised, handled) || raised.Context is not null) return;
        for (var e = handled; e is not null; e = e.Context)
        {
            if (ReferenceEquals(e, raised)) return;
        }
        raised.Context = handled;
    }
}
