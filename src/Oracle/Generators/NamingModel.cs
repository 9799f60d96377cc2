using System.Text;

namespace ScopeFn.Oracle.Generators;

/// <summary>
/// The expected output of a generated program, computed by a plain mutable transcription of
/// TensorFlow's Python bookkeeping — independent of ScopeFn's core:
/// ops.py <c>Graph.unique_name</c> (lower-cased <c>_names_in_use</c>, <c>_N</c> probing),
/// <c>Graph.name_scope</c> (a name ending in "/" is re-entered as is, None/"" is the root),
/// <c>Graph.control_dependencies</c> / <c>_ControlDependenciesController</c> (outer controllers'
/// inputs dropped, controllers that saw an input skipped, <c>None</c> clears), <c>init_scope</c>
/// (in a plain graph: same name scope, no controllers); variable_scope.py
/// <c>variable_scope._enter_scope_uncached</c> (the auxiliary name scope: the name, the default
/// name, or a captured scope's last component, uniquified), <c>_pure_variable_scope</c> (names,
/// reuse inherited as <c>reuse or old.reuse</c>, a captured scope's own reuse otherwise,
/// <c>variable_scopes_count</c> opened and closed), <c>_get_unique_variable_scope</c>,
/// <c>_VariableStore._get_single_variable</c>'s reuse checks, and the variable op names
/// (<c>VariableScope.get_variable</c> resets the name scope; <c>Variable</c> names by
/// <c>name_scope(name, "Variable")</c>).
/// </summary>
public sealed class NamingModel
{
    private enum Reuse { False, True, Auto }

    private sealed record VarScope(string Name, Reuse Reuse);

    private readonly Dictionary<string, int> namesInUse = new(StringComparer.Ordinal);
    private string nameStack = "";
    private List<(List<string> Ops, HashSet<string> Seen)> controllers = [];
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
        var model = new NamingModel();
        model.Block(program.Body);
        return (model.output.ToString(), program.UncaughtInvalidName is null ? null : "ValueError");
    }

    private void Print(string line) => output.Append(line).Append('\n');

    private string UniqueName(string name)
    {
        if (nameStack.Length > 0) name = nameStack + "/" + name;
        var key = name.ToLowerInvariant();
        namesInUse.TryGetValue(key, out var i);
        namesInUse[key] = i + 1;
        if (i == 0) return name;
        var probe = key;
        while (namesInUse.ContainsKey(probe)) probe = key + "_" + i++;
        namesInUse[probe] = 1;
        return name + "_" + (i - 1);
    }

    /// <summary>Graph.name_scope(name): the string <c>with … as s</c> binds; the stack is set until <paramref name="body"/> ends.</summary>
    private void WithNameScope(string? name, Action<string> body)
    {
        var old = nameStack;
        string returned;
        if (string.IsNullOrEmpty(name)) { nameStack = ""; returned = ""; }
        else if (name.EndsWith('/')) { nameStack = name[..^1]; returned = name; }
        else { nameStack = UniqueName(name); returned = nameStack + "/"; }
        try { body(returned); }
        finally { nameStack = old; }
    }

    private void WithControllers(List<(List<string>, HashSet<string>)> replacement, Action body)
    {
        var saved = controllers;
        controllers = replacement;
        try { body(); }
        finally { controllers = saved; }
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
                {
                    var list = new List<string>();
                    foreach (var op in d.Inputs.Select(i => tensors[i]))
                        if (!list.Contains(op) && !controllers.Any(c => c.Ops.Contains(op))) list.Add(op);
                    controllers.Add((list, []));
                    try { Block(d.Body); }
                    finally { controllers.RemoveAt(controllers.Count - 1); }
                    break;
                }
            case Stmt.NoControlDependencies n:
                WithControllers([], () => Block(n.Body));
                break;
            case Stmt.InitScope n:
                // A plain graph is its own outer context: the name scope is re-entered unchanged, controllers are cleared.
                WithControllers([], () => Block(n.Body));
                break;
            case Stmt.VariableScope v:
                {
                    var enter = () => OpenByName(v.Name, v.Reuse, v.Body);
                    if (v.Auxiliary) WithNameScope(v.Name, _ => enter());
                    else enter();
                    break;
                }
            case Stmt.DefaultVariableScope v:
                WithNameScope(v.DefaultName, _ => OpenByName(UniqueVariableScope(v.DefaultName), ReuseArg.Omitted, v.Body));
                break;
            case Stmt.ReenterVariableScope v:
                {
                    var captured = variableScopes[v.Captured];
                    WithNameScope(captured.Name.Split('/')[^1], _ => OpenCaptured(captured, v.Reuse, v.Body));
                    break;
                }
            case Stmt.GetVariable g:
                GetVariable(g.Name);
                break;
            case Stmt.TfVariable v:
                // Variable.__init__: init_scope, then name_scope(name, "Variable") names the variable op.
                Print($"Variable {UniqueName(v.Name)}:0");
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
        Print($"variable_scope {current.Name} '{nameStack}'");
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
        var saved = nameStack;
        nameStack = "";
        var opName = UniqueName(full);
        nameStack = saved;
        store[full] = opName + ":0";
        Print($"get_variable {opName}:0");
    }

    private void CreateTensor(string name, List<string> inputs)
    {
        var opName = UniqueName(name);
        var control = new List<string>();
        foreach (var (ops, seen) in controllers)
        {
            if (inputs.Any(seen.Contains)) continue;
            control.AddRange(ops.Where(c => !inputs.Contains(c)));
        }
        foreach (var c in controllers) c.Seen.Add(opName);
        tensors.Add(opName);
        Print($"{opName}:0 [{string.Join(", ", control.Select(c => $"'{c}'"))}]");
    }
}
