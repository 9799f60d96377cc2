using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Oracle.Export;
using static ScopeFn.Specs.Core.Harness;

namespace ScopeFn.Specs.Export;

/// <summary>
/// DOT export grouped as TensorBoard's graph plugin groups nodes. source:
/// tensorboard/plugins/graph/tf_graph_common graph.ts (getStrictName: "A" → "A/(A)" when A is
/// also a namespace; mapStrictHierarchy; embedding predicates Const and ^[a-zA-Z]+Summary$) and
/// hierarchy.ts (a namespace per name-scope prefix).
/// </summary>
public class GraphDotSpecs
{
    private static string Dot<T>(Tf<T> program)
    {
        var (world, _) = Run(program);
        return GraphDot.Write(world.Graph(DefaultGraph.Current.Run(world).Value));
    }

    private static Tf<Tensor> Nested =>
        from x in ArrayOps.Placeholder(DType.Float32, TensorShape.Of(2), "x")
        from r in Ns("outer", _ => Ns("inner", _ => ArrayOps.Identity(x, "k")))
        from c in ControlDependencies.With([r], ArrayOps.Identity(x, "after"))
        select c;

    [Fact]
    public void Name_scopes_are_nested_clusters()
    {
        var dot = Dot(Nested);
        var outer = dot.IndexOf("label=\"outer\";", StringComparison.Ordinal);
        var inner = dot.IndexOf("label=\"inner\";", StringComparison.Ordinal);
        var k = dot.IndexOf("\"outer/inner/k\" [label=\"k\\nIdentity\"]", StringComparison.Ordinal);
        Assert.True(outer > 0 && inner > outer && k > inner, dot);
        // the inner cluster is opened before the outer one closes: two subgraphs nested, not siblings
        var between = dot[outer..k];
        Assert.Equal(2, between.Split("subgraph cluster_").Length);
        Assert.Contains("\"x\" [label=\"x\\nPlaceholder\"];", dot);
    }

    [Fact]
    public void Data_edges_carry_the_dtype_and_control_edges_are_dashed()
    {
        var dot = Dot(Nested);
        Assert.Contains("\"x\" -> \"outer/inner/k\" [label=\"float32\"];", dot);
        Assert.Contains("\"outer/inner/k\" -> \"after\" [style=dashed];", dot);
    }

    [Fact] // getStrictName: an op that is also a namespace is drawn inside it as "(A)"
    public void An_op_named_like_a_scope_goes_inside_it_as_strict_name()
    {
        var dot = Dot(
            from x in ArrayOps.Placeholder(DType.Float32, TensorShape.Of(2), "a")
            from y in ArrayOps.Identity(x, "a/b")
            select y);
        var cluster = dot.IndexOf("label=\"a\";", StringComparison.Ordinal);
        Assert.True(cluster > 0, dot);
        Assert.True(dot.IndexOf("\"a\" [label=\"(a)\\nPlaceholder\"]", StringComparison.Ordinal) > cluster, dot);
    }

    [Fact] // embedding nodes (Const) open no namespace: add/y alone does not make "add" a group
    public void Constants_do_not_open_groups()
    {
        var dot = Dot(
            from x in ArrayOps.Placeholder(DType.Float32, TensorShape.Of(2), "x")
            from a in MathOps.Operator("add", x, 1.0)
            select a);
        Assert.DoesNotContain("subgraph", dot);
        Assert.Contains("\"add\" [label=\"add\\nAddV2\"];", dot);
        Assert.Contains("\"add/y\" [label=\"y\\nConst\"];", dot);
    }

    [Fact] // CI installs Graphviz (.ci/setup); without it the renderer says how to get it
    public void Svg_is_rendered_by_graphviz_when_installed()
    {
        var dot = Dot(Nested);
        if (GraphvizRenderer.FindDot() is null)
        {
            var error = Assert.Throws<InvalidOperationException>(() => GraphvizRenderer.ToSvg(dot));
            Assert.Equal(GraphvizRenderer.MissingMessage, error.Message);
            return;
        }
        var svg = GraphvizRenderer.ToSvg(dot);
        Assert.Contains("<svg", svg);
        Assert.Contains("outer/inner/k", svg);
        Assert.Contains("<title>cluster_", svg);
    }
}
