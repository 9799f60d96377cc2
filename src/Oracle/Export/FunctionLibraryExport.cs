using ScopeFn.Core.Graphs;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Oracle.Export;

/// <summary>
/// The function library of an exported graph. A call op joins its function to the graph it is
/// created in (atomic_function.py <c>make_call_op_in_graph</c>: <c>graph._add_function_recursive</c>,
/// which adds the function's own children too), so the library holds every function a node's
/// func attr names (<c>f</c>, <c>then_branch</c>, <c>else_branch</c>), then every function the
/// nodes of those functions name, and so on. TF lists the library in its hash map's order
/// (function.cc <c>FunctionLibraryDefinition::ToProto</c>); ScopeFn sorts by name so equal graphs
/// export equal bytes. No gradient entries: they come from functions defined with a gradient
/// function (function.py's Defun), which ScopeFn does not model.
/// </summary>
public static class FunctionLibraryExport
{
    public static FunctionDefLibrary For(World world, Graph graph)
    {
        var functions = new Dictionary<string, FunctionDef>(StringComparer.Ordinal);
        var pending = new Queue<string>(FunctionsCalled(graph.Ops.Map(op => op.Attrs.Values)));
        while (pending.Count > 0)
        {
            var name = pending.Dequeue();
            if (functions.ContainsKey(name)) continue;
            var concrete = world.Functions.ConcreteNamed(name)
                ?? throw new InvalidOperationException($"function '{name}' is called but not in the function library");
            var def = GraphToFunctionDef.Convert(world, concrete);
            functions[name] = def;
            foreach (var inner in FunctionsCalled(def.Nodes.Select(n => n.Attrs.Values))) pending.Enqueue(inner);
        }
        return new FunctionDefLibrary(functions.Values.OrderBy(f => f.Signature.Name, StringComparer.Ordinal).ToArray(), []);
    }

    /// <summary>The function names the attrs hold (a func attr, or a list of them), in order.</summary>
    public static IEnumerable<string> FunctionsCalled(IEnumerable<IEnumerable<AttrValue>> attrs) =>
        attrs.SelectMany(values => values.SelectMany(Names));

    private static IEnumerable<string> Names(AttrValue value) => value switch
    {
        AttrValue.FuncValue f => [f.Name],
        AttrValue.ListValue l => l.Items.SelectMany(Names),
        _ => [],
    };
}
