using System.Text;

namespace ScopeFn.Oracle.Generators;

/// <summary>
/// A <see cref="ScopeProgram"/> as a script that prints every name the rules decide: tensors with
/// their control inputs, name-scope strings, variable-scope names with the name scope they opened,
/// variable names or the ValueError raised, and what a function body and an init_scope see
/// (<c>executing_eagerly()</c>, whether the default graph is building a function, the name scope). Graph programs use tf.compat.v1 with eager
/// execution disabled; eager programs use TF 2.x's <c>tf</c> (v1-only APIs through tf.compat.v1).
/// </summary>
public static class PythonWriter
{
    public static string Write(ScopeProgram program, IEnumerable<string> frontMatter)
    {
        var w = new Writer(program.Eager);
        foreach (var line in frontMatter) w.Line(0, "# " + line);
        var indent = 0;
        if (program.Eager)
        {
            w.Line(0, "import tensorflow as tf");
            if (program.UnderGraph) w.Line(indent++, "with tf.Graph().as_default():");
        }
        else
        {
            w.Line(0, "import tensorflow.compat.v1 as tf");
            w.Line(0, "tf.disable_eager_execution()");
        }
        w.Block(indent, program.Body);
        if (program.UncaughtInvalidName is { } bad) w.Line(0, $"tf.constant(1.0, name={Quote(bad)})");
        return w.Text.ToString();
    }

    public static string Quote(string? s) => s is null ? "None" : "\"" + s + "\"";

    public static string Reuse(ReuseArg r, string v1 = "tf.") => r switch
    {
        ReuseArg.False => ", reuse=False",
        ReuseArg.True => ", reuse=True",
        ReuseArg.AutoReuse => $", reuse={v1}AUTO_REUSE",
        _ => "",
    };

    private sealed class Writer(bool eager)
    {
        public StringBuilder Text { get; private set; } = new();
        private int tensors, nameScopes, variableScopes, variables, functions;
        private List<int>? guards;

        /// <summary>Where the v1-only APIs live: tf itself in graph programs, tf.compat.v1 in TF 2.x ones.</summary>
        private string V1 => eager ? "tf.compat.v1." : "tf.";

        /// <summary>The current name scope: eager code asks <c>get_current_name_scope</c> (TF 2.x only), graph code the default graph.</summary>
        private string NameScopeExpr => eager ? "tf.get_current_name_scope()" : "tf.get_default_graph().get_name_scope()";

        public void Line(int indent, string text) => Text.Append(' ', indent * 4).Append(text).Append('\n');

        public void Block(int indent, Stmt[] body)
        {
            foreach (var s in body) Statement(indent, s);
        }

        private void PrintTensor(int indent, int t) =>
            Line(indent, $"print(t{t}.name, [c.name for c in t{t}.op.control_inputs])");

        private void PrintVariableScope(int indent, int v) =>
            Line(indent, $"print(\"variable_scope\", vs{v}.name, repr({NameScopeExpr}))");

        private void Statement(int i, Stmt s)
        {
            switch (s)
            {
                case Stmt.Const c:
                    Line(i, $"t{tensors} = tf.constant(1.0{(c.Name is null ? "" : ", name=" + Quote(c.Name))})");
                    PrintTensor(i, tensors++);
                    break;
                case Stmt.Identity d:
                    Line(i, $"t{tensors} = tf.identity(t{d.Input}{(d.Name is null ? "" : ", name=" + Quote(d.Name))})");
                    PrintTensor(i, tensors++);
                    break;
                case Stmt.NameScope n:
                    {
                        var k = nameScopes++;
                        Line(i, $"with tf.name_scope({Quote(n.Name)}) as s{k}:");
                        Line(i + 1, $"print(\"name_scope\", repr(s{k}))");
                        Block(i + 1, n.Body);
                        break;
                    }
                case Stmt.ReenterNameScope r:
                    {
                        var k = nameScopes++;
                        Line(i, $"with tf.name_scope(s{r.Captured}) as s{k}:");
                        Line(i + 1, $"print(\"name_scope\", repr(s{k}))");
                        Block(i + 1, r.Body);
                        break;
                    }
                case Stmt.ControlDependencies d:
                    Line(i, $"with tf.control_dependencies([{string.Join(", ", d.Inputs.Select(x => "t" + x))}]):");
                    Line(i + 1, "pass");
                    Block(i + 1, d.Body);
                    break;
                case Stmt.NoControlDependencies n:
                    Line(i, "with tf.control_dependencies(None):");
                    Line(i + 1, "pass");
                    Block(i + 1, n.Body);
                    break;
                case Stmt.InitScope n:
                    Line(i, "with tf.init_scope():");
                    Line(i + 1, $"print(\"init_scope\", tf.executing_eagerly(), {V1}get_default_graph().building_function, repr({NameScopeExpr}))");
                    Block(i + 1, n.Body);
                    break;
                case Stmt.Function f:
                    Function(i, f);
                    break;
                case Stmt.VariableScope v:
                    {
                        var k = variableScopes++;
                        Line(i, $"with {V1}variable_scope({Quote(v.Name)}{Reuse(v.Reuse, V1)}{(v.Auxiliary ? "" : ", auxiliary_name_scope=False")}) as vs{k}:");
                        PrintVariableScope(i + 1, k);
                        Block(i + 1, v.Body);
                        break;
                    }
                case Stmt.DefaultVariableScope v:
                    {
                        var k = variableScopes++;
                        Line(i, $"with {V1}variable_scope(None, default_name={Quote(v.DefaultName)}) as vs{k}:");
                        PrintVariableScope(i + 1, k);
                        Block(i + 1, v.Body);
                        break;
                    }
                case Stmt.ReenterVariableScope v:
                    {
                        var k = variableScopes++;
                        Line(i, $"with {V1}variable_scope(vs{v.Captured}{Reuse(v.Reuse, V1)}) as vs{k}:");
                        PrintVariableScope(i + 1, k);
                        Block(i + 1, v.Body);
                        break;
                    }
                case Stmt.GetVariable g:
                    {
                        var k = variables++;
                        Line(i, "try:");
                        Line(i + 1, $"v{k} = {V1}get_variable({Quote(g.Name)}, [1])");
                        Line(i + 1, $"print(\"get_variable\", v{k}.name)");
                        Line(i, "except ValueError:");
                        Line(i + 1, "print(\"get_variable ValueError\")");
                        break;
                    }
                case Stmt.TfVariable v when guards is not null:
                    {
                        // tf.function supports only variables made on the first call: a module-level list guards it.
                        var k = variables++;
                        guards.Add(k);
                        Line(i, $"if not v{k}:");
                        Line(i + 1, $"v{k}.append(tf.Variable(1.0, name={Quote(v.Name)}))");
                        Line(i + 1, $"print(\"Variable\", v{k}[0].name)");
                        break;
                    }
                case Stmt.TfVariable v:
                    {
                        var k = variables++;
                        Line(i, $"v{k} = tf.Variable(1.0, name={Quote(v.Name)})");
                        Line(i, $"print(\"Variable\", v{k}.name)");
                        break;
                    }
                case Stmt.Raises r:
                    Line(i, "try:");
                    Line(i + 1, "pass");
                    Block(i + 1, r.Body);
                    Line(i + 1, "raise ValueError(\"deliberate\")");
                    Line(i, "except ValueError:");
                    Line(i + 1, "print(\"caught\")");
                    break;
                default:
                    throw new ArgumentException($"unknown statement {s}", nameof(s));
            }
        }

        /// <summary>The guard lists, the decorated definition, then the calls.</summary>
        private void Function(int i, Stmt.Function f)
        {
            var k = functions++;
            var (outerText, outerGuards) = (Text, guards);
            (Text, guards) = (new StringBuilder(), []);
            Line(i + 1, $"print(\"function\", tf.executing_eagerly(), {V1}get_default_graph().building_function)");
            Block(i + 1, f.Body);
            var (body, used) = (Text, guards);
            (Text, guards) = (outerText, outerGuards);
            foreach (var g in used) Line(i, $"v{g} = []");
            Line(i, "@tf.function");
            Line(i, $"def f{k}():");
            Text.Append(body);
            for (var c = 0; c < f.Calls; c++) Line(i, $"f{k}()");
        }
    }
}
