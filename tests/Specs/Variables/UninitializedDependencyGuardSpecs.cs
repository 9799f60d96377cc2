using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Variables;
using static ScopeFn.Specs.Core.Harness;
using static ScopeFn.Specs.Variables.VariableHarness;

namespace ScopeFn.Specs.Variables;

/// <summary>
/// variables.py <c>_try_guard_against_uninitialized_dependencies</c> and
/// <c>VariableV1.initialized_value</c> in the core (after disable_v2_behavior: ref variables and
/// control flow v1).
/// </summary>
public class UninitializedDependencyGuardSpecs
{
    private static Tf<T> V1Behaviour<T>(Tf<T> program) => Tf1(ControlFlowToggles.Disable.Then(program));

    private static Tf<string[]> AssignInputs(Variable v) =>
        Tf.Read((w, _) => w.Graph(v.Graph).Op(v.InitializerOpId).Inputs.Select(t => t.Name).ToArray());

    [Fact]
    public void A_ref_variable_reading_another_assigns_a_guarded_copy_and_keeps_its_initial_value()
    {
        var r = Value(V1Behaviour(
            from v1 in Var(10.0, "v1")
            from sum in MathOps.Operator("add", v1.Value, 1.0)
            from v2 in Var(sum, "v2")
            from inputs in AssignInputs(v2)
            select (v2.InitialValue.Name, inputs)));
        Assert.Equal("add:0", r.Name);
        Assert.Equal(["v2:0", "add_v2:0"], r.inputs);
    }

    [Fact]
    public void An_op_read_twice_is_copied_once_and_the_variable_guarded_once()
    {
        var names = Value(V1Behaviour(
            from v1 in Var(10.0, "v1")
            from sum in MathOps.Operator("add", v1.Value, v1.Value)
            from v2 in Var(sum, "v2")
            from n in OpNames
            select n));
        Assert.Single(names, n => n.EndsWith("IsVariableInitialized"));
        Assert.Single(names, n => n == "v1/read_v2");
        Assert.Contains("add_v2", names);
    }

    [Fact]
    public void Without_variables_in_the_initial_value_nothing_is_copied()
    {
        var r = Value(V1Behaviour(
            from c in Constant.Of(1.0, name: "c")
            from d in MathOps.Operator("add", c, 1.0)
            from v in Var(d, "v")
            from inputs in AssignInputs(v)
            from n in OpNames
            select (inputs, n.Length)));
        Assert.Equal(["v:0", "add:0"], r.inputs);
        Assert.Equal(6, r.Length);   // c, add/y, add, v, v/Assign, v/read: the guard added nothing
    }

    [Fact] // _find_initialized_value_for_variable looks only in GLOBAL_VARIABLES and LOCAL_VARIABLES.
    public void A_variable_outside_the_variable_collections_is_read_unguarded()
    {
        var inputs = Value(V1Behaviour(
            from v1 in TfVariable.V1(new VariableArgs(10.0) { Name = "v1", Collections = LanguageExt.Seq<string>.Empty, Trainable = false })
            from sum in MathOps.Operator("add", v1.Value, 1.0)
            from v2 in Var(sum, "v2")
            from i in AssignInputs(v2)
            select i));
        Assert.Equal(["v2:0", "add:0"], inputs);
    }

    [Fact] // TF 2.x's ResourceVariable derives from the v2 Variable class, which has no initialized_value.
    public void A_resource_variable_has_no_initialized_value()
    {
        AssertError(from v in Var(1.0, "v") from iv in InitializedValue.Of(v) select iv,
            "AttributeError", "'ResourceVariable' object has no attribute 'initialized_value'");
    }

    [Fact]
    public void The_cond_ops_are_unfetchable_and_the_merge_is_fetchable()
    {
        var r = Value(V1Behaviour(
            from v in Var(1.0, "v")
            from iv in InitializedValue.Of(v)
            from g in Tf.Read((w, _) => w.Graph(iv.Graph))
            select (Merge: g.IsFetchable(iv.OpId),
                Unfetchable: g.Ops.Where(o => !g.IsFetchable(o.Id)).Select(o => o.Name).ToArray(),
                Contexts: g.Collections.Get(GraphKeys.CondContext).Count)));
        Assert.True(r.Merge);
        Assert.Equal(["cond/Switch", "cond/switch_t", "cond/switch_f", "cond/pred_id", "cond/read", "cond/read/Switch", "cond/Switch_1"], r.Unfetchable);
        Assert.Equal(2, r.Contexts);
    }

    [Fact] // TF 2.x control flow (cond_v2) for ref variables made while control flow v2 is on: cond.py cond → cond_v2.
    public void Under_control_flow_v2_the_guard_reads_a_stateless_if_of_two_branch_functions()
    {
        var (w, r) = Run(Tf1(
            from v1 in Var(10.0, "v1")
            from sum in MathOps.Operator("add", v1.Value, 1.0)
            from v2 in Var(sum, "v2")
            from inputs in AssignInputs(v2)
            from cond in Op("v2/cond")
            select (inputs, cond)));
        Assert.Equal(["v2:0", "add_v2:0"], r.inputs);
        Assert.Equal("StatelessIf", r.cond.Type);
        Assert.Equal(["v2/IsVariableInitialized:0", "v1:0", "v1/initial_value:0"], r.cond.Inputs.Select(t => t.Name).ToArray());
        var then = w.Functions.Concretes.ValuesInHashOrder.Single(c => c.Name == ((AttrValue.FuncValue)r.cond.Attr("then_branch")!).Name);
        var @else = w.Functions.Concretes.ValuesInHashOrder.Single(c => c.Name == ((AttrValue.FuncValue)r.cond.Attr("else_branch")!).Name);
        Assert.StartsWith("v2_cond_true_", then.Name);
        // read_value is identity(v, name="read"): v captured inside that scope; initial_value is returned, so captured at the root.
        Assert.Equal(["read/v1:0", "Placeholder:0"], then.Inputs.Select(t => t.Name).ToArray());
        Assert.Equal(["read:0"], then.Outputs.Select(t => t.Name).ToArray());
        Assert.Equal(["Placeholder:0", "v1/initial_value:0"], @else.Inputs.Select(t => t.Name).ToArray());
        Assert.Equal(["v1/initial_value:0"], @else.Outputs.Select(t => t.Name).ToArray());
    }
}
