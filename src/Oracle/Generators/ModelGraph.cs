namespace ScopeFn.Oracle.Generators;

/// <summary>
/// One graph's naming bookkeeping as ops.py keeps it, mutably and independently of ScopeFn's core:
/// the single transcription both <c>scopefn gen</c>'s <see cref="NamingModel"/> and the property
/// laws compare ScopeFn against. A <c>tf.Graph</c> and a FuncGraph alike start with empty
/// <c>_names_in_use</c>, an empty name stack and no control-dependency controllers
/// (func_graph.py <c>FuncGraph.__init__</c> calls <c>Graph.__init__</c>: a fresh graph).
/// </summary>
public sealed class ModelGraph
{
    private readonly Dictionary<string, int> namesInUse = new(StringComparer.Ordinal);
    private List<Controller> controllers = [];

    /// <summary>One <c>_ControlDependenciesController</c>: its control ops and the ops created under it.</summary>
    private sealed record Controller(List<string> Ops, HashSet<string> Seen);

    /// <summary><c>Graph._name_stack</c>: the current name scope, without a trailing "/".</summary>
    public string NameStack { get; private set; } = "";

    /// <summary>
    /// <c>Graph.unique_name(name)</c>: prefixed with the name stack, counted in the lower-cased
    /// <c>_names_in_use</c>; a taken name gets the first free <c>_N</c> suffix, which is marked used too.
    /// </summary>
    public string UniqueName(string name)
    {
        if (NameStack.Length > 0) name = NameStack + "/" + name;
        var key = name.ToLowerInvariant();
        namesInUse.TryGetValue(key, out var i);
        namesInUse[key] = i + 1;
        if (i == 0) return name;
        var probe = key;
        while (namesInUse.ContainsKey(probe)) probe = key + "_" + i++;
        namesInUse[probe] = 1;
        return name + "_" + (i - 1);
    }

    /// <summary><c>unique_name</c> under an explicit name stack (the naming law draws stacks directly).</summary>
    public string UniqueNameUnder(string stack, string name)
    {
        var saved = NameStack;
        NameStack = stack;
        try { return UniqueName(name); }
        finally { NameStack = saved; }
    }

    /// <summary>
    /// <c>Graph.name_scope(name)</c>: None or "" is the root, a name ending in "/" is re-entered as
    /// is, anything else is uniquified under the current stack. <paramref name="body"/> receives the
    /// string <c>with … as s</c> binds; the stack is restored afterwards, also when it throws.
    /// </summary>
    public void WithNameScope(string? name, Action<string> body)
    {
        var old = NameStack;
        string returned;
        if (string.IsNullOrEmpty(name)) { NameStack = ""; returned = ""; }
        else if (name.EndsWith('/')) { NameStack = name[..^1]; returned = name; }
        else { NameStack = UniqueName(name); returned = NameStack + "/"; }
        try { body(returned); }
        finally { NameStack = old; }
    }

    /// <summary>
    /// <c>Graph.control_dependencies(ops)</c>: ops an outer controller already holds are dropped
    /// (and duplicates), then a controller is pushed for the body.
    /// </summary>
    public void WithControlDependencies(IEnumerable<string> ops, Action body)
    {
        var list = new List<string>();
        foreach (var op in ops)
            if (!list.Contains(op) && !controllers.Any(c => c.Ops.Contains(op))) list.Add(op);
        controllers.Add(new Controller(list, []));
        try { body(); }
        finally { controllers.RemoveAt(controllers.Count - 1); }
    }

    /// <summary><c>control_dependencies(None)</c> (also what init_scope enters): no controllers for the body.</summary>
    public void WithoutControlDependencies(Action body)
    {
        var saved = controllers;
        controllers = [];
        try { body(); }
        finally { controllers = saved; }
    }

    /// <summary>
    /// <c>_create_op_internal</c>: the op's unique name and its control inputs —
    /// <c>_control_dependencies_for_inputs</c> skips a controller that already saw one of the
    /// op's inputs, and drops control ops that are direct inputs; every controller then records the op.
    /// </summary>
    public (string Name, string[] ControlInputs) CreateOp(string name, IReadOnlyCollection<string> inputs)
    {
        var opName = UniqueName(name);
        var control = new List<string>();
        foreach (var c in controllers)
        {
            if (inputs.Any(c.Seen.Contains)) continue;
            control.AddRange(c.Ops.Where(op => !inputs.Contains(op)));
        }
        foreach (var c in controllers) c.Seen.Add(opName);
        return (opName, control.ToArray());
    }
}
