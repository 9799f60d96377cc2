using System.Globalization;
using LanguageExt;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Graphs;

/// <summary>
/// <c>Graph.as_graph_element</c>, <c>get_operation_by_name</c> and <c>get_tensor_by_name</c>
/// (ops.py <c>_as_graph_element_locked</c>), with TF's errors for each way a name can be wrong.
/// </summary>
public static class GraphLookups
{
    public static Either<TfError, object> AsGraphElement(Graph graph, object obj, bool allowTensor, bool allowOperation)
    {
        var types = string.Join(" or ", new[] { allowTensor ? "Tensor" : null, allowOperation ? "Operation" : null }.Where(x => x is not null));
        switch (obj)
        {
            case string name:
                return ByName(graph, name, allowTensor, allowOperation, types);
            // A variable's _as_graph_element: RefVariable gives its ref tensor (v:0), a resource
            // variable its cached read (v/Read/ReadVariableOp:0).
            case Variables.Variable v:
                return AsGraphElement(graph, v.Kind == Variables.VariableKind.Ref ? v.Handle : v.Value, allowTensor, allowOperation);
            case Tensor t when allowTensor:
                return t.Graph == graph.Id ? t : new ValueError($"Tensor {t} is not an element of this graph.");
            case Operation o when allowOperation:
                return o.Graph == graph.Id ? o : new ValueError($"Operation {o} is not an element of this graph.");
            default:
                return new TypeError($"Can not convert a {PyTypeName(obj)} into a {types}.");
        }
    }

    public static Either<TfError, Operation> GetOperationByName(Graph graph, object name) =>
        name is not string
            ? new TypeError($"Operation names are strings (or similar), not {PyTypeName(name)}.")
            : AsGraphElement(graph, name, allowTensor: false, allowOperation: true).Map(x => (Operation)x);

    public static Either<TfError, Tensor> GetTensorByName(Graph graph, object name) =>
        name is not string
            ? new TypeError($"Tensor names are strings (or similar), not {PyTypeName(name)}.")
            : AsGraphElement(graph, name, allowTensor: true, allowOperation: false).Map(x => (Tensor)x);

    private static Either<TfError, object> ByName(Graph graph, string name, bool allowTensor, bool allowOperation, string types)
    {
        var repr = PyRepr.Repr(name);
        if (name.Contains(':') && allowTensor)
        {
            var parts = name.Split(':');
            if (parts.Length != 2 || !TryParsePythonInt(parts[1], out var index))
                return new ValueError($"The name {repr} looks a like a Tensor name, but is not a valid one. Tensor names must be of the form \"<op_name>:<output_index>\".");
            var opName = parts[0];
            if (graph.OpNamed(opName) is not { } op)
                return new KeyError($"The name {repr} refers to a Tensor which does not exist. The operation, {PyRepr.Repr(opName)}, does not exist in the graph.");
            // Python list indexing: negative indices count from the end.
            var i = index < 0 ? index + op.NumOutputs : index;
            if (i < 0 || i >= op.NumOutputs)
                return new KeyError($"The name {repr} refers to a Tensor which does not exist. The operation, {PyRepr.Repr(opName)}, exists but only has {op.NumOutputs} outputs.");
            return op.Output((int)i);
        }
        if (name.Contains(':'))
            return new ValueError($"Name {repr} appears to refer to a Tensor, not a {types}.");
        if (allowOperation)
            return graph.OpNamed(name) is { } found
                ? found
                : new KeyError($"The name {repr} refers to an Operation not in the graph.");
        var message = graph.OpIdsByName.ContainsKey(name)
            ? $"The name {repr} refers to an Operation, not a {types}."
            : $"The name {repr} looks like an (invalid) Operation name, not a {types}.";
        return new ValueError(message + " Tensor names must be of the form \"<op_name>:<output_index>\".");
    }

    /// <summary>Python's <c>int(str)</c>: surrounding whitespace, a sign, digits with single underscores.</summary>
    internal static bool TryParsePythonInt(string text, out long value)
    {
        value = 0;
        var s = text.Trim();
        if (s.Length == 0 || s.StartsWith('_') || s.EndsWith('_') || s.Contains("__")) return false;
        var body = s.TrimStart('+', '-');
        if (s.Length - body.Length > 1 || body.Length == 0 || body.StartsWith('_')) return false;
        return long.TryParse(s.Replace("_", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    internal static string PyTypeName(object? o) => o switch
    {
        null => "NoneType",
        bool => "bool",
        string => "str",
        double or float => "float",
        int or long => "int",
        Tensor => "SymbolicTensor",
        Operation => "Operation",
        System.Collections.IList => "list",
        _ => o.GetType().Name,
    };
}
