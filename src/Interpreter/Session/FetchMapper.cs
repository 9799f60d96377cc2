using System.Collections;
using System.Runtime.CompilerServices;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;

namespace ScopeFn.Interpreter.Session;

/// <summary>
/// session.py's <c>_FetchMapper</c> family: a fetch argument of any nesting of lists, tuples and
/// dicts, with tensors, operations or their names at the leaves. C# stand-ins: an
/// <see cref="IDictionary"/> is a dict, an <see cref="ITuple"/> a tuple, any other non-string
/// <see cref="IEnumerable"/> a list.
/// </summary>
public abstract record FetchMapper
{
    private FetchMapper() { }

    public sealed record Element(GraphElement Fetch) : FetchMapper;
    public sealed record ListOf(IReadOnlyList<FetchMapper> Items) : FetchMapper;
    public sealed record TupleOf(IReadOnlyList<FetchMapper> Items) : FetchMapper;
    public sealed record DictOf(IReadOnlyList<object> Keys, IReadOnlyList<FetchMapper> Items) : FetchMapper;

    /// <summary><c>_FetchMapper.for_fetch</c> with the default graph set to <paramref name="graph"/>.</summary>
    public static (FetchMapper? Mapper, TfError? Error) For(Graph graph, object? fetch)
    {
        switch (fetch)
        {
            case null:
                return (null, new TypeError("Argument `fetch` = None has invalid type \"NoneType\". Cannot be None"));
            case string or Tensor or Operation:
                return ForElement(graph, fetch);
            case IDictionary dict:
                {
                    var keys = new List<object>();
                    var items = new List<FetchMapper>();
                    foreach (DictionaryEntry e in dict)
                    {
                        var (m, error) = For(graph, e.Value);
                        if (error is not null) return (null, error);
                        keys.Add(e.Key);
                        items.Add(m!);
                    }
                    return (new DictOf(keys, items), null);
                }
            case ITuple tuple:
                {
                    var (items, error) = Many(graph, Enumerable.Range(0, tuple.Length).Select(i => tuple[i]));
                    return error is not null ? (null, error) : (new TupleOf(items), null);
                }
            case IEnumerable list:
                {
                    var (items, error) = Many(graph, list.Cast<object?>());
                    return error is not null ? (null, error) : (new ListOf(items), null);
                }
            default:
                return ForElement(graph, fetch);
        }
    }

    private static (List<FetchMapper> Items, TfError? Error) Many(Graph graph, IEnumerable<object?> fetches)
    {
        var items = new List<FetchMapper>();
        foreach (var f in fetches)
        {
            var (m, error) = For(graph, f);
            if (error is not null) return (items, error);
            items.Add(m!);
        }
        return (items, null);
    }

    /// <summary><c>_ElementFetchMapper</c>: <c>as_graph_element(fetch, allow_tensor=True, allow_operation=True)</c>, its errors rephrased.</summary>
    private static (FetchMapper? Mapper, TfError? Error) ForElement(Graph graph, object fetch)
    {
        // The common case, answered as as_graph_element answers it, without building its error texts.
        if (fetch is Tensor tensor && tensor.Graph == graph.Id) return (new Element(tensor), null);
        if (fetch is Operation operation && operation.Graph == graph.Id) return (new Element(operation), null);
        var found = GraphLookups.AsGraphElement(graph, fetch, allowTensor: true, allowOperation: true);
        if (found.IsRight)
            return (found.Match(Right: r => r, Left: _ => (object)null!) switch
            {
                Tensor t => (new Element(t), null),
                Operation o => (new Element(o), null),
                _ => throw new InvalidOperationException(),
            });
        var e = (TfError)found;
        // str(KeyError(msg)) is repr(msg); the other exceptions print their message as is.
        var detail = e is KeyError ? PyRepr.Repr(e.Message) : e.Message;
        TfError error = e is TypeError
            ? new TypeError($"Argument `fetch` = {PyText.Str(fetch)} has invalid type \"{PyText.TypeName(fetch)}\" must be a string or Tensor. ({detail})")
            : new ValueError($"Argument `fetch` = {PyText.Str(fetch)} cannot be interpreted as a Tensor. ({detail})");
        return (null, error);
    }

    /// <summary>Every leaf, in order (duplicates kept; the evaluator runs each op once anyway).</summary>
    public IEnumerable<GraphElement> Leaves() => this switch
    {
        Element e => [e.Fetch],
        ListOf l => l.Items.SelectMany(i => i.Leaves()),
        TupleOf t => t.Items.SelectMany(i => i.Leaves()),
        DictOf d => d.Items.SelectMany(i => i.Leaves()),
        _ => [],
    };

    /// <summary>
    /// <c>build_results</c>: the fetch's shape with values at the leaves — an array for a tensor,
    /// null for an operation, <see cref="List{T}"/> for a list, <c>object?[]</c> for a tuple and an
    /// <see cref="OrderedDictionary{TKey,TValue}"/> (same keys, same order) for a dict.
    /// </summary>
    public object? Build(IReadOnlyList<object?> leafValues)
    {
        var position = 0;
        return Build(leafValues, ref position);
    }

    private object? Build(IReadOnlyList<object?> values, ref int position)
    {
        switch (this)
        {
            case Element:
                return values[position++];
            case ListOf l:
                {
                    var list = new List<object?>(l.Items.Count);
                    foreach (var item in l.Items) list.Add(item.Build(values, ref position));
                    return list;
                }
            case TupleOf t:
                {
                    var tuple = new object?[t.Items.Count];
                    for (var i = 0; i < tuple.Length; i++) tuple[i] = t.Items[i].Build(values, ref position);
                    return tuple;
                }
            case DictOf d:
                {
                    var dict = new OrderedDictionary<object, object?>();
                    for (var i = 0; i < d.Keys.Count; i++) dict[d.Keys[i]] = d.Items[i].Build(values, ref position);
                    return dict;
                }
            default:
                throw new InvalidOperationException();
        }
    }
}
