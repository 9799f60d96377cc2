using ScopeFn.Core.Graphs;

namespace ScopeFn.Core.Gradients;

/// <summary>
/// gradients_util.py's <c>grads</c> map during one backward pass: per op, the gradients received on
/// each output (a list until the op is processed), then the aggregated gradient (or null) per output.
/// Local to one pure transition; tensors are keyed by (op id, output index), since set_shape can refine
/// a tensor's static shape after it was received.
/// </summary>
internal sealed class BackpropState
{
    private readonly Dictionary<int, List<Tensor>[]> received = new();
    private readonly Dictionary<int, Tensor?[]> aggregated = new();

    public IReadOnlyDictionary<int, Tensor?[]> Aggregated => aggregated;

    /// <summary><c>_SetGrad</c>.</summary>
    public void SetGrad(Tensor t, Tensor grad, int numOutputs = -1)
    {
        if (!received.TryGetValue(t.OpId, out var lists))
        {
            var n = Math.Max(numOutputs, t.Index + 1);
            received[t.OpId] = lists = Enumerable.Range(0, n).Select(_ => new List<Tensor>()).ToArray();
        }
        if (t.Index >= lists.Length)
        {
            var grown = lists.Concat(Enumerable.Range(0, t.Index + 1 - lists.Length).Select(_ => new List<Tensor>())).ToArray();
            received[t.OpId] = lists = grown;
        }
        lists[t.Index].Add(grad);
    }

    /// <summary>The gradients received on each of the op's outputs (<c>_GetGrads</c>).</summary>
    public IReadOnlyList<IReadOnlyList<Tensor>> Received(int opId, int numOutputs) =>
        received.TryGetValue(opId, out var lists)
            ? Enumerable.Range(0, numOutputs).Select(i => i < lists.Length ? (IReadOnlyList<Tensor>)lists[i] : []).ToList()
            : Enumerable.Range(0, numOutputs).Select(_ => (IReadOnlyList<Tensor>)[]).ToList();

    public bool HasAggregated(int opId) => aggregated.ContainsKey(opId);

    public void SetAggregated(int opId, Tensor?[] grads) => aggregated[opId] = grads;
}
