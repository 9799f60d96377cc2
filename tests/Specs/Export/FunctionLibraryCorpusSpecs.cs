using ScopeFn.Core.Ops;
using ScopeFn.Core.Worlds;
using ScopeFn.Oracle.Export;
using ScopeFn.Script.Evaluation;
using ScopeFn.Script.Tf;
using ScopeFn.Specs.Scripts;

namespace ScopeFn.Specs.Export;

/// <summary>
/// <c>scopefn graph</c> on the tf.function, function-gradient and cond_v2 corpus writes GraphDefs
/// TF's importer can resolve: every func attr names a library function (function.cc
/// FunctionLibraryDefinition lookup), and inside each function every input and return value is an
/// input arg or "node:out_arg:index" of a body node with that output arg, every control input a
/// body node or arg (function.proto's input format; function.cc InstantiateFunction's checks).
/// </summary>
public class FunctionLibraryCorpusSpecs
{
    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        var root = ConformanceCorpusSpecs.RepositoryRoot();
        foreach (var dir in new[] { "function", "function_gradients", "cond_v2" })
            foreach (var file in Directory.GetFiles(Path.Combine(root, "tests", "conformance", dir), "*.py").Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(root, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Every_function_reference_resolves(string relativePath)
    {
        var path = Path.Combine(ConformanceCorpusSpecs.RepositoryRoot(), relativePath);
        Func<World>? world = null;
        var options = RunOptions.Default with { Modules = TfModule.Registry(read => world = read) };
        var result = ScriptRunner.Run(File.ReadAllText(path), path, options, TextWriter.Null);
        if (!result.Succeeded)
        {
            // A scenario that expects an error writes no graph (scopefn graph exits with the error).
            Assert.Contains("# expect-error:", File.ReadAllText(path));
            return;
        }
        var final = world!();
        var graph = GraphDef.From(final, ExportedGraph.Pick(final));
        var library = graph.Library;
        Assert.Equal(library.Functions.Count, library.Functions.Select(f => f.Signature.Name).Distinct().Count());
        foreach (var name in FunctionLibraryExport.FunctionsCalled(graph.Nodes.Select(n => n.Attrs.Values)))
            Assert.NotNull(library.Find(name));
        foreach (var function in library.Functions)
        {
            foreach (var name in FunctionLibraryExport.FunctionsCalled(function.Nodes.Select(n => n.Attrs.Values)))
                Assert.NotNull(library.Find(name));
            AssertBodyResolves(function);
        }
        var text = GraphDefText.Write(graph);
        Assert.Equal(graph, GraphDefBinary.Decode(GraphDefBinary.Encode(graph)));
        Assert.Equal(graph, GraphDefTextParser.Parse(text));
        Assert.Equal(library.Functions.IsEmpty ? 0 : 12, graph.MinConsumer);
    }

    private static void AssertBodyResolves(FunctionDef function)
    {
        var args = function.Signature.InputArgs.Select(a => a.Name).ToHashSet();
        var nodes = function.Nodes.ToDictionary(n => n.Name);
        Assert.Equal(function.Nodes.Count, nodes.Count);
        Assert.Empty(args.Intersect(nodes.Keys));
        void Resolves(string tensor, string where)
        {
            if (args.Contains(tensor)) return;
            var parts = tensor.Split(':');
            Assert.True(parts.Length == 3, $"{where}: '{tensor}' is neither an input arg nor node:out_arg:index");
            Assert.True(nodes.TryGetValue(parts[0], out var node), $"{where}: no body node '{parts[0]}'");
            var outputs = OutputArgDefs.For(node!.Op);
            Assert.True(outputs is not null && outputs.Any(o => o.Name == parts[1]), $"{where}: {node.Op} has no output arg '{parts[1]}'");
            Assert.True(int.TryParse(parts[2], out var index) && index >= 0, $"{where}: bad index in '{tensor}'");
        }
        foreach (var node in function.Nodes)
            foreach (var input in node.Inputs)
            {
                if (input.StartsWith('^')) Assert.True(nodes.ContainsKey(input[1..]) || args.Contains(input[1..]), $"control input {input} of {node.Name}");
                else Resolves(input, $"input of {node.Name} in {function.Signature.Name}");
            }
        Assert.Equal(function.Signature.OutputArgs.Select(a => a.Name).Order(StringComparer.Ordinal), function.Ret.Select(r => r.Key));
        foreach (var ret in function.Ret) Resolves(ret.Value, $"ret {ret.Key} of {function.Signature.Name}");
    }
}
