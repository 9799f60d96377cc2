using ScopeFn.Core.Collections;
using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Graphs;

/// <summary>
/// A graph node. Immutable: adding control inputs later produces a new graph value.
/// <see cref="Id"/> is TF's <c>_id</c> (1, 2, … in creation order within the graph).
/// <see cref="Attrs"/> names its key ordering (<c>OrdString</c>) instead of using
/// <c>Map&lt;string, …&gt;</c>, whose default ordering runs LanguageExt's class-instance scan on
/// first use: ~350 ms of a cold <c>scopefn run</c> (bench/README.md, ColdStart specs).
/// </summary>
public sealed record Operation(
    GraphId Graph,
    int Id,
    string Name,
    string Type,
    EquatableArray<Tensor> Inputs,
    EquatableArray<int> ControlInputIds,
    EquatableArray<TensorSpec> OutputSpecs,
    Map<OrdString, string, AttrValue> Attrs,
    string Device) : INamedElement
{
    public int NumOutputs => OutputSpecs.Count;

    public Tensor Output(int index) =>
        new(Graph, Id, Name, index, OutputSpecs[index].DType, OutputSpecs[index].Shape);

    public IEnumerable<Tensor> Outputs => Enumerable.Range(0, NumOutputs).Select(Output);

    public AttrValue? Attr(string name) => Attrs.Find(name).MatchUnsafe(v => (AttrValue?)v, () => null);

    public override string ToString() => $"<tf.Operation '{Name}' type={Type}>";
}
