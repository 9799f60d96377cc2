using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Collections;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Oracle.Export;

/// <summary>
/// TensorFlow's <c>GraphDef</c> (graph.proto) as an immutable value: the nodes in creation order,
/// the function <see cref="Library"/> and <c>versions</c> (producer, min_consumer). Both the text and
/// the binary protobuf forms are written from and read into this value, so "text and binary say
/// the same thing" is an equality of values.
/// </summary>
public sealed record GraphDef(EquatableArray<NodeDef> Nodes, int Producer)
{
    /// <summary><c>library</c>: a FunctionDef for every function the nodes call, transitively.</summary>
    public FunctionDefLibrary Library { get; init; } = FunctionDefLibrary.Empty;

    /// <summary>
    /// <c>versions.min_consumer</c>: 0 (TF_GRAPH_DEF_VERSION_MIN_CONSUMER) until functions join the
    /// graph; graph.cc <c>Graph::AddFunctionLibrary</c> then raises it to 12, "a new-enough
    /// consumer to support the functions we add to the graph".
    /// </summary>
    public int MinConsumer { get; init; }

    /// <summary>The min_consumer a graph with a function library carries (graph.cc AddFunctionLibrary).</summary>
    public const int FunctionsMinConsumer = 12;

    /// <summary>
    /// The producer version written in <c>versions</c>: TF_GRAPH_DEF_VERSION of TF 2.12
    /// (core/public/version.h), the newest release whose value was verified. Any producer at or
    /// above TF's minimum consumer (0) is accepted by its GraphDef importer.
    /// </summary>
    public const int DefaultProducer = 1394;

    /// <summary>
    /// The graph as <c>Graph.as_graph_def()</c> lists it: one NodeDef per op in creation order;
    /// data inputs as NodeDef names them (<c>op</c> for output 0, <c>op:i</c> otherwise), then
    /// control inputs as <c>^op</c> (node_def.proto: "Regular inputs may optionally be followed by
    /// control inputs").
    /// </summary>
    public static GraphDef From(Graph graph) =>
        new(graph.Ops.Map(op => NodeDef.From(graph, op)).ToArray(), DefaultProducer);

    /// <summary>
    /// The graph with its function library, as <c>as_graph_def()</c> writes a graph that calls
    /// functions (the library <see cref="FunctionLibraryExport.For"/> gathers, min_consumer 12).
    /// </summary>
    public static GraphDef From(World world, Graph graph)
    {
        var library = FunctionLibraryExport.For(world, graph);
        return From(graph) with { Library = library, MinConsumer = library.Functions.IsEmpty ? 0 : FunctionsMinConsumer };
    }
}

/// <summary>node_def.proto's <c>NodeDef</c>: name, op, input, device, attr (a map, kept sorted by key).</summary>
public sealed record NodeDef(string Name, string Op, EquatableArray<string> Inputs, string Device, Map<OrdString, string, AttrValue> Attrs)
{
    public static NodeDef From(Graph graph, Operation op)
    {
        var inputs = op.Inputs.Select(i => i.Index == 0 ? i.OpName : i.Name)
            .Concat(op.ControlInputIds.Select(id => "^" + graph.Op(id).Name));
        return new NodeDef(op.Name, op.Type, inputs.ToArray(), op.Device, op.Attrs);
    }

    public bool Equals(NodeDef? other) =>
        other is not null && Name == other.Name && Op == other.Op && Inputs.Equals(other.Inputs) && Device == other.Device
        && AttrMaps.Equal(Attrs, other.Attrs);

    public override int GetHashCode() => HashCode.Combine(Name, Op, Inputs, Device, Attrs.Count);
}
