using LanguageExt;
using ScopeFn.Core.Collections;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Tapes;

/// <summary>
/// A <c>tf.GradientTape</c> (backprop.py): its options, whether its underlying tape exists yet,
/// the tensors it watches (sources, and outputs of recorded ops), and the ops it recorded, in order.
/// </summary>
public sealed record Tape(TapeId Id, bool Persistent, bool WatchAccessedVariables)
{
    /// <summary>True once entered: TF creates the underlying tape on the first push.</summary>
    public bool Created { get; init; }

    public PersistentSet<Tensor> Watched { get; init; } = PersistentSet<Tensor>.Empty;

    public Seq<(GraphId Graph, int OpId)> Recorded { get; init; } = Seq<(GraphId, int)>.Empty;

    /// <summary>Per recorded op, the name scope TF's record_gradient saw (<c>ops.get_name_scope()</c>); the tape's gradient ops go under <c>gradient_tape/&lt;scope&gt;/</c>.</summary>
    public System.Collections.Immutable.ImmutableDictionary<(GraphId Graph, int OpId), string> ForwardScopes { get; init; } =
        System.Collections.Immutable.ImmutableDictionary<(GraphId Graph, int OpId), string>.Empty;

    /// <summary>Watched tensors by (graph, op, output), whatever static shape the tensor record carries.</summary>
    public bool IsWatched(Tensor t) => Watched.Contains(t) || Watched.Any(w => w.Graph == t.Graph && w.OpId == t.OpId && w.Index == t.Index);
}
