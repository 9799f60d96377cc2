using ScopeFn.Api;
using ScopeFn.Core.Errors;
using Tensor = ScopeFn.Core.Graphs.Tensor;

namespace ScopeFn.Specs.Api;

/// <summary>
/// The C# shell over the core: TF-shaped calls, <c>using</c> for <c>with</c>, TensorFlow's errors as
/// exceptions, one TF thread per .NET thread, and an atomically updated shared world.
/// source: ops.py Graph.name_scope docstring (E1), tf-semantics.md §6, §7, §12.
/// </summary>
[Collection("tf runtime")]
public class ShellSpecs
{
    public ShellSpecs() => tf.ResetRuntime();

    [Fact] // E1 through the shell
    public void Name_scopes_with_using()
    {
        var c = tf.constant(5.0, name: "c");
        var c1 = tf.constant(6.0, name: "c");
        string nested, inner, inner1;
        using (var scope = tf.name_scope("nested"))
        {
            Assert.Equal("nested/", scope.Value);
            nested = tf.constant(10.0, name: "c").OpName;
            using (tf.name_scope("inner")) inner = tf.constant(20.0, name: "c").OpName;
            using (tf.name_scope("inner")) inner1 = tf.constant(30.0, name: "c").OpName;
        }
        Assert.Equal(["c", "c_1", "nested/c", "nested/inner/c", "nested/inner_1/c"], new[] { c.OpName, c1.OpName, nested, inner, inner1 });
        Assert.Equal("", tf.get_current_name_scope());
    }

    [Fact] // errors carry TensorFlow's type and message; the world keeps what TF keeps
    public void Errors_are_thrown_with_tensorflows_type_and_message()
    {
        var x = tf.placeholder(tf.float32, [2, 3], name: "x");
        var e = Assert.Throws<TfException>(() => tf.add(x, tf.zeros([4])));
        Assert.Equal("ValueError", e.Error.TypeName);
        Assert.StartsWith("Dimensions must be equal, but are 3 and 4 for '{{node Add}} = AddV2[T=DT_FLOAT](x, zeros)'", e.Error.Message);
        Assert.Equal("Add_1", tf.add(x, x).OpName); // the failed call consumed "Add"
    }

    [Fact] // §6 and §7 through the shell
    public void Control_dependencies_and_init_scope()
    {
        var a = tf.constant(1.0, name: "a");
        Tensor c, d;
        using (tf.control_dependencies([a]))
        {
            using (tf.init_scope()) c = tf.constant(1.0, name: "c");
            d = tf.constant(1.0, name: "d");
        }
        var g = tf.get_default_graph();
        Assert.Empty(g.get_operation_by_name(c.OpName).ControlInputIds);
        Assert.Equal([a.OpId], g.get_operation_by_name(d.OpName).ControlInputIds.ToArray());
    }

    [Fact]
    public void Graphs_as_default_and_lookups()
    {
        var g = tf.Graph();
        using (g.as_default())
        {
            Assert.Equal(g, tf.get_default_graph());
            tf.constant(1.0, name: "k");
        }
        Assert.NotEqual(g, tf.get_default_graph());
        Assert.Equal("k:0", g.get_tensor_by_name("k:0").Name);
        var e = Assert.Throws<TfException>(() => g.get_tensor_by_name("k"));
        Assert.Equal("ValueError", e.Error.TypeName);
    }

    [Fact] // with-blocks must be exited in reverse order
    public void Improper_nesting_is_an_error()
    {
        var outer = tf.name_scope("outer");
        var inner = tf.name_scope("inner");
        Assert.Throws<TfException>(() => outer.Dispose());
        inner.Dispose();
        outer.Dispose();
        Assert.Equal("", tf.get_current_name_scope());
    }

    [Fact] // §12: every .NET thread is a TF thread: own default graph and name scopes, shared names per graph
    public void Threads_have_their_own_context()
    {
        var main = tf.get_default_graph();
        ScopeFn.Api.Graph? other = null;
        string? otherName = null;
        using (tf.name_scope("main_scope"))
        {
            var t = new Thread(() =>
            {
                other = tf.get_default_graph();
                using (main.as_default()) otherName = tf.constant(1.0, name: "c").OpName;
            });
            t.Start();
            t.Join();
            Assert.Equal("main_scope/c", tf.constant(1.0, name: "c").OpName);
        }
        Assert.NotEqual(main, other);
        Assert.Equal("c", otherName); // the other thread's name stack for this graph starts at the root
    }

    [Fact] // compare-and-swap: concurrent threads on one graph lose no op and never repeat a name
    public void Concurrent_op_creation_loses_nothing()
    {
        const int threads = 8, perThread = 500;
        var g = tf.Graph();
        var names = new System.Collections.Concurrent.ConcurrentBag<string>();
        var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            using (g.as_default())
                for (var k = 0; k < perThread; k++) names.Add(tf.constant(1.0, name: "c").OpName);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        Assert.Equal(threads * perThread, names.Count);
        Assert.Equal(threads * perThread, names.Distinct().Count());
        Assert.Equal(threads * perThread, g.get_operations().Count);
    }
}

/// <summary>Keeps README.md's shell example true (same sources as <see cref="ShellSpecs"/>).</summary>
[Collection("tf runtime")]
public class ShellReadmeSpecs
{
    [Fact]
    public void Readme_shell_example()
    {
        tf.ResetRuntime();
        var x = tf.placeholder(tf.float32, [2, 3], name: "x");
        Tensor y, init;
        using (tf.name_scope("layer"))
        {
            y = tf.add(x, 1.0);
            using (tf.init_scope()) init = tf.constant(0.0, name: "init");
        }
        Assert.Equal("layer/Add", y.OpName);
        Assert.Equal("layer/init", init.OpName);
        var names = tf.get_default_graph().get_operations().Select(o => o.Name);
        Assert.Equal(["x", "layer/Add/y", "layer/Add", "layer/init"], names);

        var v = tf.get_variable("v", initializer: tf.constant(new[] { 1.0f, 2.0f }));
        using var sess = tf.compat.v1.Session();
        sess.Run(tf.compat.v1.global_variables_initializer());
        Assert.Equal([1.0f, 2.0f], ((ScopeFn.Interpreter.Arrays.NdArray)sess.Run(v)!).Elements().Cast<float>());
    }
}

/// <summary>
/// Variables through the shell. source: variable_scope.py (AUTO_REUSE, store per graph shared by
/// threads, tf-semantics.md §4.4 and §12); issue 4's stress test.
/// </summary>
[Collection("tf runtime")]
public class ShellVariableSpecs
{
    public ShellVariableSpecs() => tf.ResetRuntime();

    [Fact] // the example shape: using (tf.variable_scope("foo")) { tf.get_variable("v", [1]) }
    public void Variable_scope_and_get_variable()
    {
        ScopeFn.Core.Variables.IVariableLike v;
        using (var scope = tf.variable_scope("foo"))
        {
            Assert.Equal("foo", scope.Value.Name);
            v = tf.get_variable("v", [1]);
        }
        Assert.Equal("foo/v:0", v.Name);
        var e = Assert.Throws<TfException>(() =>
        {
            using (tf.variable_scope("foo")) tf.get_variable("v", [1]);
        });
        Assert.Equal("ValueError", e.Error.TypeName);
        Assert.StartsWith("Variable foo/v already exists, disallowed.", e.Error.Message);
        using (tf.variable_scope("foo", reuse: tf.AUTO_REUSE)) Assert.Equal(v, tf.get_variable("v", [1]));
        Assert.Equal("", tf.get_variable_scope().Name);
    }

    [Fact] // 8 threads × overlapping names with AUTO_REUSE: each variable created exactly once, none lost
    public void Concurrent_auto_reuse_creates_each_variable_once()
    {
        const int threads = 8, calls = 10_000, names = 50; // issue 4: 8 threads × 10k get_variable
        var g = tf.get_default_graph();
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, System.Collections.Concurrent.ConcurrentBag<object>>();
        var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            using (g.as_default())
            using (tf.variable_scope("shared", reuse: tf.AUTO_REUSE))
                for (var k = 0; k < calls; k++)
                {
                    var v = tf.get_variable("v" + ((k * 7 + i) % names), [2]);
                    seen.GetOrAdd(v.Name, _ => new()).Add(v);
                }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        Assert.Equal(names, seen.Count);
        Assert.All(seen.Values, bag => Assert.Single(bag.Distinct()));
        var globals = tf.Runtime.Run(ScopeFn.Core.Scopes.CollectionOps.Get(ScopeFn.Core.Graphs.GraphKeys.GlobalVariables));
        Assert.Equal(names, globals.Count);
        Assert.Equal(names, g.get_operations().Count(o => o.Type is "VarHandleOp" or "VariableV2"));
    }
}
