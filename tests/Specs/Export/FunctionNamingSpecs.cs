using ScopeFn.Core.Functions;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Types;
using ScopeFn.Oracle.Export;

namespace ScopeFn.Specs.Export;

/// <summary>
/// The names a FunctionDef is written with. Sources: graph_to_functiondef.cc NodeNameMapping
/// (Normalize: lower-case, non-alphanumerics to '_', start at the first letter, "unknown" when
/// there is none; "If we have an input named "A" and a node in the function body named "a",
/// they will be renamed to "a" and "a_0""); op_def_builder.cc FinalizeInputOrOutput (an arg of
/// type resource marks the op stateful); REGISTER_OP output args (math_ops.cc AddV2 "z: T",
/// MatMul "product: T"; array_ops.cc Identity "output: T", Unique "y: T, idx: out_idx", Unpack
/// "output: num * T"; resource_variable_ops.cc ReadVariableOp "value: dtype"; functional_ops.cc
/// PartitionedCall "output: Tout"; control_flow_ops.cc Switch "output_false: T, output_true: T").
/// </summary>
public class FunctionNamingSpecs
{
    [Theory]
    [InlineData("x", "x")]
    [InlineData("Identity_1", "identity_1")]
    [InlineData("mul/w", "mul_w")]
    [InlineData("3abc/D.e", "abc_d_e")]
    [InlineData("", "unknown")]
    [InlineData("_12", "unknown")]
    public void Argument_names_are_normalized(string name, string normalized) =>
        Assert.Equal(normalized, NodeNameMapping.Normalize(name));

    [Fact]
    public void An_input_A_and_a_body_node_a_become_a_and_a_0()
    {
        var names = new NodeNameMapping();
        Assert.Equal("a", names.GetInputName("A"));
        Assert.Equal("a_0", names.Uniquify("a"));
        Assert.Equal("a", names.Lookup("A"));
        Assert.Equal("a_0", names.Lookup("a"));
    }

    [Fact]
    public void Taken_names_get_the_next_free_suffix_and_output_names_map_no_node()
    {
        var names = new NodeNameMapping();
        Assert.Equal("identity", names.GetOutputName("Identity"));
        Assert.Equal("identity_0", names.GetOutputName("Identity"));
        Assert.Equal("identity_1", names.GetInputName("identity"));
        Assert.Null(names.Lookup("Identity"));
        Assert.Equal("Identity", names.Uniquify("Identity")); // node names keep their case
    }

    [Fact]
    public void Every_registered_op_has_its_output_arg_names()
    {
        Assert.DoesNotContain(OpRegistry.Types, t => OutputArgDefs.For(t) is null);
    }

    [Theory]
    [InlineData("AddV2", 1, "z:0")]
    [InlineData("MatMul", 1, "product:0")]
    [InlineData("Identity", 1, "output:0")]
    [InlineData("ReadVariableOp", 1, "value:0")]
    [InlineData("Unique", 2, "y:0 idx:0")]
    [InlineData("Switch", 2, "output_false:0 output_true:0")]
    [InlineData("Unpack", 3, "output:0 output:1 output:2")]
    [InlineData("PartitionedCall", 2, "output:0 output:1")]
    [InlineData("NoOp", 0, "")]
    public void Outputs_map_to_their_arg_and_index_within_it(string type, int outputs, string expected)
    {
        var ranges = OutputArgDefs.Ranges(type, outputs)!;
        Assert.Equal(expected, string.Join(" ", ranges.Select(r => $"{r.Arg}:{r.Index}")));
    }

    [Fact]
    public void An_output_count_the_args_cannot_hold_has_no_ranges() => Assert.Null(OutputArgDefs.Ranges("Unique", 1));

    [Fact]
    public void Every_registered_op_with_a_resource_input_is_stateful()
    {
        var resourceOps = OpRegistry.Types.Where(t => OpRegistry.Find(t)!.Inputs.Any(a => a.Fixed == DType.Resource)).ToList();
        Assert.Contains("ReadVariableOp", resourceOps);
        Assert.All(resourceOps, t => Assert.Contains(t, FunctionOpDefs.Stateful));
    }
}
