namespace ScopeFn.Oracle.Generators;

/// <summary>How a <c>variable_scope</c> call passes <c>reuse</c>: omitted, False, True or AUTO_REUSE.</summary>
public enum ReuseArg
{
    Omitted,
    False,
    True,
    AutoReuse,
}

/// <summary>
/// A statement of a generated scope program. Picks are resolved when the program is generated:
/// tensors and captured scopes are numbered in the order the program creates them.
/// </summary>
public abstract record Stmt
{
    /// <summary><c>tN = tf.constant(1.0, name=…)</c>.</summary>
    public sealed record Const(string? Name) : Stmt;

    /// <summary><c>tN = tf.identity(tK, name=…)</c>.</summary>
    public sealed record Identity(string? Name, int Input) : Stmt;

    /// <summary><c>with tf.name_scope(name) as sN:</c> (tf.compat.v1's, so None goes to the root).</summary>
    public sealed record NameScope(string? Name, Stmt[] Body) : Stmt;

    /// <summary><c>with tf.name_scope(sK):</c> — re-entering a captured name scope string.</summary>
    public sealed record ReenterNameScope(int Captured, Stmt[] Body) : Stmt;

    /// <summary><c>with tf.control_dependencies([tK, …]):</c>.</summary>
    public sealed record ControlDependencies(int[] Inputs, Stmt[] Body) : Stmt;

    /// <summary><c>with tf.control_dependencies(None):</c>.</summary>
    public sealed record NoControlDependencies(Stmt[] Body) : Stmt;

    /// <summary>
    /// <c>with tf.init_scope():</c>, printing <c>executing_eagerly()</c> and the name scope inside:
    /// in a plain graph it stays there; in a function body it lifts to the function's outer context.
    /// </summary>
    public sealed record InitScope(Stmt[] Body) : Stmt;

    /// <summary>
    /// <c>@tf.function def fN():</c> with <paramref name="Body"/>, called <paramref name="Calls"/>
    /// times (top level only). The body prints <c>executing_eagerly()</c> when it is traced.
    /// A <see cref="TfVariable"/> in it is created on the first trace only (a module-level list guards it).
    /// </summary>
    public sealed record Function(Stmt[] Body, int Calls) : Stmt;

    /// <summary><c>with tf.variable_scope(name, reuse=…, auxiliary_name_scope=…) as vsN:</c>.</summary>
    public sealed record VariableScope(string Name, ReuseArg Reuse, bool Auxiliary, Stmt[] Body) : Stmt;

    /// <summary><c>with tf.variable_scope(None, default_name=…) as vsN:</c>.</summary>
    public sealed record DefaultVariableScope(string DefaultName, Stmt[] Body) : Stmt;

    /// <summary><c>with tf.variable_scope(vsK, reuse=…) as vsN:</c> — re-entering a captured scope object.</summary>
    public sealed record ReenterVariableScope(int Captured, ReuseArg Reuse, Stmt[] Body) : Stmt;

    /// <summary><c>get_variable(name, [1])</c>, printing its name or the ValueError it raises.</summary>
    public sealed record GetVariable(string Name) : Stmt;

    /// <summary><c>tf.Variable(1.0, name=…)</c>.</summary>
    public sealed record TfVariable(string Name) : Stmt;

    /// <summary><c>try:</c> body, then <c>raise ValueError</c>, caught: the body's effects stay.</summary>
    public sealed record Raises(Stmt[] Body) : Stmt;
}

/// <summary>
/// A generated program; <see cref="UncaughtInvalidName"/> ends it with an op whose name TF rejects.
/// <see cref="Eager"/> programs run as TF 2.x does by default (eager, <c>import tensorflow as tf</c>)
/// and hold only functions at top level; the others are tf.compat.v1 graph programs. An eager
/// program <see cref="UnderGraph"/> runs its body in <c>with tf.Graph().as_default():</c>, so its
/// functions are called from that graph and init_scope lifts to it.
/// </summary>
public sealed record ScopeProgram(Stmt[] Body, string? UncaughtInvalidName, bool Eager = false, bool UnderGraph = false);
