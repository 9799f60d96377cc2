using System.Text;
using System.Text.RegularExpressions;
using ScopeFn.Core.Graphs;

namespace ScopeFn.Oracle.Export;

/// <summary>
/// A graph as Graphviz DOT, grouped the way TensorBoard's graph plugin groups it
/// (tensorboard/plugins/graph/tf_graph_common graph.ts and hierarchy.ts): every name-scope prefix
/// of a node name is a namespace, drawn as a nested cluster; data edges are solid and labelled
/// with the dtype, control edges dashed.
/// <list type="bullet">
/// <item>Only non-embedding nodes open namespaces. TensorBoard embeds <c>Const</c> ops into their
/// consumers and <c>*Summary</c> ops into their producers (<c>inEmbeddingTypes</c>,
/// <c>outEmbeddingTypes</c>), so <c>add/y</c> alone does not turn <c>add</c> into a group; here such
/// nodes are drawn as ordinary boxes in the deepest existing cluster of their name.</item>
/// <item>An op whose name is also a namespace of non-embedding nodes is renamed
/// <c>A/(A)</c> and drawn inside group <c>A</c> with label <c>(A)</c> (<c>mapStrictHierarchy</c>,
/// <c>getStrictName</c>).</item>
/// </list>
/// </summary>
public static class GraphDot
{
    private static readonly Regex OutEmbedding = new("^[a-zA-Z]+Summary$", RegexOptions.CultureInvariant);

    /// <summary>TensorBoard's default embedding predicates: Const in, *Summary out.</summary>
    public static bool IsEmbedding(string opType) => opType == "Const" || OutEmbedding.IsMatch(opType);

    public static string Write(Graph graph)
    {
        var ops = graph.Ops.ToList();
        var regular = ops.Where(op => !IsEmbedding(op.Type)).Select(op => op.Name).ToList();
        // Namespaces: every proper prefix of a non-embedding node's name.
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in regular)
        {
            var parts = name.Split('/');
            for (var i = 1; i < parts.Length; i++) namespaces.Add(string.Join("/", parts[..i]));
        }
        var root = new Cluster("");
        foreach (var op in ops)
        {
            var strict = namespaces.Contains(op.Name);
            var path = strict ? op.Name : Parent(op.Name);
            var cluster = root;
            var parts = path.Length == 0 ? [] : path.Split('/');
            for (var i = 0; i < parts.Length; i++)
            {
                var prefix = string.Join("/", parts[..(i + 1)]);
                if (!namespaces.Contains(prefix)) break;
                cluster = cluster.Child(prefix);
            }
            var shortName = op.Name.Split('/')[^1];
            cluster.Ops.Add((op, strict ? "(" + shortName + ")" : shortName));
        }
        var sb = new StringBuilder("digraph G {\n  compound=true;\n  node [shape=box, style=rounded, fontsize=10];\n");
        var ids = 0;
        WriteCluster(sb, root, 1, ref ids);
        foreach (var op in ops)
        {
            foreach (var input in op.Inputs)
                sb.Append($"  {Id(input.OpName)} -> {Id(op.Name)} [label={Id(input.DType.Name)}];\n");
            foreach (var control in op.ControlInputIds)
                sb.Append($"  {Id(graph.Op(control).Name)} -> {Id(op.Name)} [style=dashed];\n");
        }
        return sb.Append("}\n").ToString();
    }

    private static string Parent(string name) => name.LastIndexOf('/') is var i and >= 0 ? name[..i] : "";

    private static void WriteCluster(StringBuilder sb, Cluster cluster, int depth, ref int ids)
    {
        var pad = new string(' ', depth * 2);
        foreach (var (op, label) in cluster.Ops)
            sb.Append($"{pad}{Id(op.Name)} [label={Id(label + "\n" + op.Type)}];\n");
        foreach (var child in cluster.Children.Values)
        {
            sb.Append($"{pad}subgraph cluster_{ids++} {{\n{pad}  label={Id(child.Path.Split('/')[^1])};\n");
            WriteCluster(sb, child, depth + 1, ref ids);
            sb.Append($"{pad}}}\n");
        }
    }

    /// <summary>A DOT quoted identifier.</summary>
    private static string Id(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";

    private sealed class Cluster(string path)
    {
        public string Path { get; } = path;
        public List<(Operation Op, string Label)> Ops { get; } = new();
        public SortedDictionary<string, Cluster> Children { get; } = new(StringComparer.Ordinal);

        public Cluster Child(string path)
        {
            if (!Children.TryGetValue(path, out var c)) Children[path] = c = new Cluster(path);
            return c;
        }
    }
}
