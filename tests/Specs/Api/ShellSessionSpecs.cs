using ScopeFn.Api;
using ScopeFn.Core.Errors;
using ScopeFn.Interpreter.Arrays;

namespace ScopeFn.Specs.Api;

/// <summary>Sessions from the C# shell: <c>tf.compat.v1.Session</c> over the shell's shared world.</summary>
[Collection("tf runtime")]
public class ShellSessionSpecs
{
    public ShellSessionSpecs() => tf.ResetRuntime();

    private static double Scalar(object? value) => Convert.ToDouble(((NdArray)value!).GetBoxed(0));

    [Fact] // session.py Session docstring: a = 5.0, b = 6.0, c = a * b; sess.run(c) prints 30.0
    public void Runs_the_docstring_example()
    {
        var a = tf.constant(5.0f);
        var b = tf.constant(6.0f);
        var c = tf.multiply(a, b);
        using var sess = tf.compat.v1.Session();
        Assert.Equal(30.0, Scalar(sess.Run(c)));
        // Ops added after the session was created are runnable (the session reads the graph when it runs).
        var d = tf.add(c, 1.0f);
        Assert.Equal(31.0, Scalar(sess.Run(d)));
    }

    [Fact] // session.py: each session holds its own variable values; resource_variable_ops read of an uninitialized handle fails
    public void Sessions_hold_their_own_variable_values()
    {
        var v = tf.get_variable("v", initializer: tf.constant(new[] { 1.0f, 2.0f }));
        var init = tf.compat.v1.global_variables_initializer();
        using var first = tf.compat.v1.Session();
        using var second = tf.compat.v1.Session();
        first.Run(init);
        Assert.Equal([1.0f, 2.0f], ((NdArray)first.Run(v)!).Elements().Cast<float>());
        var e = Assert.Throws<TfException>(() => second.Run(v));
        Assert.Equal("FailedPreconditionError", e.Error.TypeName);
        // TF 2.x prefixes graph-execution errors with "Graph execution error:" and the node (error_interpolation.py).
        Assert.StartsWith("Graph execution error:", e.Error.Message);
        Assert.Contains("Error while reading resource variable v from Container: localhost.", e.Error.Message);
    }

    [Fact] // session.py: Session(graph=g) runs g, not the default graph
    public void A_session_binds_the_graph_it_was_given()
    {
        var g = tf.Graph();
        ScopeFn.Core.Graphs.Tensor t;
        using (g.as_default()) t = tf.constant(7.0f, name: "seven");
        using var sess = tf.compat.v1.Session(g);
        Assert.Equal(7.0, Scalar(sess.Run("seven:0")));
        Assert.Equal(7.0, Scalar(sess.Run(t)));
    }

    [Fact] // state_ops.py assign / assign_add / assign_sub: gen_state_ops AssignAdd on a ref variable; a resource variable's own assign_add (resource_variable_ops_test.py testAssignAdd)
    public void Assign_add_and_sub_update_both_variable_kinds()
    {
        var r = (ScopeFn.Core.Variables.Variable)tf.get_variable("r", initializer: tf.constant(3.0f), use_resource: false);
        var v = (ScopeFn.Core.Variables.Variable)tf.get_variable("v", initializer: tf.constant(3.0f), use_resource: true);
        var upRef = tf.compat.v1.assign_add(r, 1.0f);
        var downRef = tf.compat.v1.assign_sub(r, 2.0f);
        var upRes = tf.compat.v1.assign_add(v, 1.0f);
        var setRes = tf.compat.v1.assign(v, 10.0f);
        Assert.Equal(("AssignAdd:0", "AssignSub:0"), (upRef.Name, downRef.Name));
        // _UnreadVariable's graph element: a ReadVariableOp under control_dependencies([update]).
        Assert.Equal("ReadVariableOp", upRes.OpName);
        using var sess = tf.compat.v1.Session();
        sess.Run(tf.compat.v1.global_variables_initializer());
        Assert.Equal((4.0, 5.0, 3.0), (Scalar(sess.Run(upRef)), Scalar(sess.Run(upRef)), Scalar(sess.Run(downRef))));
        Assert.Equal((4.0, 5.0, 10.0), (Scalar(sess.Run(upRes)), Scalar(sess.Run(upRes)), Scalar(sess.Run(setRes))));
    }
}
