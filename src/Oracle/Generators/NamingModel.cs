using System.Text;

namespace ScopeFn.Oracle.Generators;

/// <summary>
/// The expected output of a generated program, computed by a plain mutable transcription of
/// TensorFlow's Python bookkeeping — independent of ScopeFn's core. Graph naming is
/// <see cref="ModelGraph"/> (ops.py <c>unique_name</c>, <c>name_scope</c>, <c>control_dependencies</c>);
/// this class adds the contexts and the variable scopes:
/// <list type="bullet">
/// <item>variable_scope.py <c>variable_scope._enter_scope_uncached</c> (the auxiliary name scope: the
/// name, the default name, or a captured scope's last component, uniquified), <c>_pure_variable_scope</c>
/// (names, reuse inherited as <c>reuse or old.reuse</c>, a captured scope's own reuse otherwise,
/// <c>variable_scopes_count</c> opened and closed), <c>_get_unique_variable_scope</c>,
/// <c>_VariableStore._get_single_variable</c>'s reuse checks, and the variable op names
/// (<c>VariableScope.get_variable</c> resets the name scope; <c>Variable</c> names by
/// <c>name_scope(name, "Variable")</c>). The variable-scope store lives in the
/// <c>("__varscope",)</c> collection, which func_graph.py's FuncGraph shares by reference with its
/// outer graph (<c>ALLOWLIST_COLLECTIONS</c>), so scopes and their counts are one state across graphs.</item>
/// <item>tf.function (polymorphic_function.py <c>Function._call</c>): the first call traces the body
/// into a fresh FuncGraph under the variable creator <c>variable_capturing_scope</c>; if that trace
/// created variables it traces once more (<c>_no_variable_creation_fn</c>), and later calls with the
/// same (empty) signature reuse the trace. The creator sits on the FuncGraph's
/// <c>_variable_creator_stack</c> (ops.py <c>Graph._variable_creator_scope</c>, per graph), so only a
/// variable created while the FuncGraph is the default graph counts as created by the function.</item>
/// <item>ops.py <c>init_scope</c>: executing eagerly, only the tape stops. Otherwise the scope
/// string <c>get_default_graph().get_name_scope() + "/"</c> is kept; the outer context is the graph
/// itself outside functions, or the function's caller context (<c>_get_outer_context_and_inner_device_stack</c>:
/// the first context switch not building a function — eager in TF 2.x, or the graph the program
/// builds). Entered in order: that context, <c>name_scope(scope, skip_on_eager=False)</c>,
/// <c>control_dependencies(None)</c>. Entering eager mode does not pop the default-graph stack:
/// the FuncGraph stays the default graph (so its variable creator still applies), while
/// eager name scopes set <c>context.scope_name</c> (ops.py <c>internal_name_scope_v1.__enter__</c>
/// and <c>name_scope_v2.__enter__</c>: "" resets, a trailing "/" is taken as is, else appended, never uniquified).</item>
/// <item>Eager variables (resource_variable_ops.py <c>UninitializedVariable.__init__</c> /
/// <c>ResourceVariable._init_from_args</c>): <c>name_scope(name, "Variable")</c> in eager gives
/// <c>scope_name + name + "/"</c>, and the variable is named <c>name_from_scope_name</c> of it plus ":0".
/// <c>get_current_name_scope()</c> in eager is <c>context.scope_name.rstrip("/")</c>.</item>
/// </list>
/// </summary>
public sealed class NamingModel
{
    private enum Reuse { False, True, Auto }

    private sealed record VarScope(string Name, Reuse Reuse);

    /// <summary>The context a function was called from: eager, or a graph.</summary>
    private sealed record Outer(bool Eager, ModelGraph? Graph);

    private ModelGraph graph = new();
    private bool eager;
    private string eagerScope = "";
    private Outer? outer;
    private bool funcGraphIsDefault;
    private bool createdInTrace;
    private readonly HashSet<Stmt> createdOnce = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Stmt> traced = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> tensors = [];
    private readonly List<string> nameScopes = [];
    private readonly List<VarScope> variableScopes = [];
    private VarScope current = new("", Reuse.False);
    private Dictionary<string, int> scopeCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> store = new(StringComparer.Ordinal);
    private readonly StringBuilder output = new();

    /// <summary>What the program prints, and the type of its uncaught error (null when it ends normally).</summary>
    public static (string Stdout, string? ErrorType) Expect(ScopeProgram program)
    {
        // A graph entered with as_default() is the default graph and switches the thread to graph mode.
        var model = new NamingModel { eager = program.Eager && !program.UnderGraph };
        model.Block(program.Body);
        return (model.output.ToString(), program.UncaughtInvalidName is null ? null : "ValueError");
    }

    private void Print(string line) => output.Append(line).Append('\n');

    private static string Bool(bool b) => b ? "True" : "False";

    /// <summary><c>get_current_name_scope()</c> / the default graph's <c>get_name_scope()</c>.</summary>
    private string CurrentNameScope => eager ? eagerScope.TrimEnd('/') : graph.NameStack;

    /// <summary>A name scope in the current context: the graph's (uniquified) or the eager one (a string, never uniquified).</summary>
    private void WithNameScope(string? name, Action<string> body)
    {
        if (!eager)
        {
            graph.WithNameScope(name, body);
            return;
        }
        var old = eagerScope;
        eagerScope = string.IsNullOrEmpty(name) ? "" : name.EndsWith('/') ? name : old + name + "/";
        try { body(eagerScope); }
        finally { eagerScope = old; }
    }

    private void Block(Stmt[] body)
    {
        foreach (var s in body) Statement(s);
    }

    private sealed class Deliberate : Exception;

    private void Statement(Stmt s)
    {
        switch (s)
        {
            case Stmt.Const c:
                CreateTensor(c.Name ?? "Const", []);
                break;
            case Stmt.Identity d:
                CreateTensor(d.Name ?? "Identity", [tensors[d.Input]]);
                break;
            case Stmt.NameScope n:
                WithNameScope(n.Name, returned =>
                {
                    nameScopes.Add(returned);
                    Print($"name_scope '{returned}'");
                    Block(n.Body);
                });
                break;
            case Stmt.ReenterNameScope r:
                WithNameScope(nameScopes[r.Captured], returned =>
                {
                    nameScopes.Add(returned);
                    Print($"name_scope '{returned}'");
                    Block(r.Body);
                });
                break;
            case Stmt.ControlDependencies d:
                graph.WithControlDependencies(d.Inputs.Select(i => tensors[i]), () => Block(d.Body));
                break;
            case Stmt.NoControlDependencies n:
                graph.WithoutControlDependencies(() => Block(n.Body));
                break;
            case Stmt.InitScope n:
                InitScope(n.Body);
                break;
            case Stmt.Function f:
                Call(f);
                break;
            case Stmt.VariableScope v:
                {
                    var enter = () => OpenByName(v.Name, v.Reuse, v.Body);
                    if (v.Auxiliary) graph.WithNameScope(v.Name, _ => enter());
                    else enter();
                    break;
                }
            case Stmt.DefaultVariableScope v:
                graph.WithNameScope(v.DefaultName, _ => OpenByName(UniqueVariableScope(v.DefaultName), ReuseArg.Omitted, v.Body));
                break;
            case Stmt.ReenterVariableScope v:
                {
                    var captured = variableScopes[v.Captured];
                    graph.WithNameScope(captured.Name.Split('/')[^1], _ => OpenCaptured(captured, v.Reuse, v.Body));
                    break;
                }
            case Stmt.GetVariable g:
                GetVariable(g.Name);
                break;
            case Stmt.TfVariable v:
                TfVariable(v);
                break;
            case Stmt.Raises r:
                try
                {
                    Block(r.Body);
                    throw new Deliberate();
                }
                catch (Deliberate)
                {
                    Print("caught");
                }
                break;
            default:
                throw new ArgumentException($"unknown statement {s}", nameof(s));
        }
    }

    private static Reuse? Argument(ReuseArg r) => r switch
    {
        ReuseArg.True => Reuse.True,
        ReuseArg.AutoReuse => Reuse.Auto,
        _ => null, // variable_scope turns reuse=False into None: scopes always inherit.
    };

    private void OpenByName(string name, ReuseArg reuse, Stmt[] body)
    {
        var old = current;
        var newName = old.Name.Length > 0 ? old.Name + "/" + name : name;
        current = new VarScope(newName, Argument(reuse) ?? old.Reuse);
        scopeCounts[newName] = scopeCounts.GetValueOrDefault(newName) + 1;
        Entered();
        try { Block(body); }
        finally
        {
            foreach (var key in scopeCounts.Keys.Where(k => k.StartsWith(newName + "/", StringComparison.Ordinal)).ToList()) scopeCounts[key] = 0;
            current = old;
        }
    }

    private void OpenCaptured(VarScope captured, ReuseArg reuse, Stmt[] body)
    {
        var old = current;
        current = new VarScope(captured.Name, Argument(reuse) ?? captured.Reuse);
        scopeCounts[captured.Name] = scopeCounts.GetValueOrDefault(captured.Name) + 1;
        var counts = new Dictionary<string, int>(scopeCounts, StringComparer.Ordinal);
        Entered();
        try { Block(body); }
        finally
        {
            scopeCounts = counts;
            current = old;
        }
    }

    private void Entered()
    {
        variableScopes.Add(current);
        Print($"variable_scope {current.Name} '{graph.NameStack}'");
    }

    private string UniqueVariableScope(string prefix)
    {
        var name = current.Name.Length > 0 ? current.Name + "/" + prefix : prefix;
        if (scopeCounts.GetValueOrDefault(name) == 0) return prefix;
        var i = 1;
        while (scopeCounts.GetValueOrDefault($"{name}_{i}") > 0) i++;
        return $"{prefix}_{i}";
    }

    private void GetVariable(string name)
    {
        var full = current.Name.Length > 0 ? current.Name + "/" + name : name;
        if (store.TryGetValue(full, out var existing))
        {
            Print(current.Reuse == Reuse.False ? "get_variable ValueError" : $"get_variable {existing}");
            return;
        }
        if (current.Reuse == Reuse.True)
        {
            Print("get_variable ValueError");
            return;
        }
        // VariableScope.get_variable creates under name_scope(None): the full name is uniquified from the root.
        var opName = graph.UniqueNameUnder("", full);
        store[full] = opName + ":0";
        Print($"get_variable {opName}:0");
    }

    private void CreateTensor(string name, string[] inputs)
    {
        var (opName, control) = graph.CreateOp(name, inputs);
        tensors.Add(opName);
        Print($"{opName}:0 [{string.Join(", ", control.Select(c => $"'{c}'"))}]");
    }

    /// <summary>
    /// <c>tf.Variable(1.0, name=…)</c>. In a graph, Variable.__init__ enters init_scope (here the
    /// same graph: see <see cref="InitScope"/>) and names the op by <c>name_scope(name, "Variable")</c>;
    /// in eager the name is the eager scope string plus the name. A variable made while the
    /// FuncGraph is the default graph goes through tf.function's creator, so the function counts it as created.
    /// </summary>
    private void TfVariable(Stmt.TfVariable v)
    {
        // The program's guard: in a function body the variable is created on the first trace only.
        if (!createdOnce.Add(v)) return;
        var name = eager ? eagerScope + v.Name : graph.UniqueName(v.Name);
        if (funcGraphIsDefault) createdInTrace = true;
        Print($"Variable {name}:0");
    }

    /// <summary>ops.py <c>init_scope</c> (see the class summary), printing what the body sees on entry.</summary>
    private void InitScope(Stmt[] body)
    {
        if (eager)
        {
            // The eager fast path: only the tape stops recording.
            Print($"init_scope True {Bool(funcGraphIsDefault)} '{CurrentNameScope}'");
            Block(body);
            return;
        }
        var scope = graph.NameStack.Length > 0 ? graph.NameStack + "/" : "";
        var target = outer ?? new Outer(false, graph);
        var (savedGraph, savedEager, savedScope, savedDefault) = (graph, eager, eagerScope, funcGraphIsDefault);
        try
        {
            if (target.Eager)
            {
                // eager_mode() and the eager name_scope(scope): the FuncGraph stays the default graph.
                eager = true;
                WithNameScope(scope, _ =>
                {
                    Print($"init_scope True {Bool(funcGraphIsDefault)} '{CurrentNameScope}'");
                    Block(body);
                });
            }
            else
            {
                // The outer graph's as_default(): it becomes the default graph, with its own creator stack.
                graph = target.Graph!;
                funcGraphIsDefault = false;
                graph.WithNameScope(scope, _ => graph.WithoutControlDependencies(() =>
                {
                    Print($"init_scope False False '{CurrentNameScope}'");
                    Block(body);
                }));
            }
        }
        finally
        {
            (graph, eager, eagerScope, funcGraphIsDefault) = (savedGraph, savedEager, savedScope, savedDefault);
        }
    }

    /// <summary>The function's calls: the first traces (twice when the first trace created variables), the rest reuse the trace.</summary>
    private void Call(Stmt.Function f)
    {
        for (var call = 0; call < f.Calls; call++)
        {
            if (!traced.Add(f)) continue;
            var counts = (tensors.Count, nameScopes.Count, variableScopes.Count);
            if (Trace(f.Body))
            {
                // The second trace re-runs the Python body: its tensors and scopes are bound anew.
                tensors.RemoveRange(counts.Item1, tensors.Count - counts.Item1);
                nameScopes.RemoveRange(counts.Item2, nameScopes.Count - counts.Item2);
                variableScopes.RemoveRange(counts.Item3, variableScopes.Count - counts.Item3);
                Trace(f.Body);
            }
        }
    }

    /// <summary>One trace into a fresh FuncGraph called from the current context; true when it created variables.</summary>
    private bool Trace(Stmt[] body)
    {
        var saved = (graph, eager, eagerScope, outer, funcGraphIsDefault, createdInTrace);
        outer = new Outer(eager, eager ? null : graph);
        graph = new ModelGraph();
        eager = false;
        funcGraphIsDefault = true;
        createdInTrace = false;
        try
        {
            Print("function False True");
            Block(body);
            return createdInTrace;
        }
        finally
        {
            (graph, eager, eagerScope, outer, funcGraphIsDefault, createdInTrace) = saved;
        }
    }
}
