using ScopeFn.Core.Graphs;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Tapes;

/// <summary>gradients_util.py <c>POSSIBLE_GRADIENT_TYPES_*</c>.</summary>
public enum PossibleGradientType
{
    None = 0,
    FirstOrder = 1,
    HigherOrder = 2,
}

/// <summary>
/// Questions about the thread's active tapes that function calls ask (pywrap_tfe_src.cc
/// <c>TFE_Py_TapeSetPossibleGradientTypes</c>, resource_variable_ops.py <c>variable_accessed</c>).
/// </summary>
public static class TapeSet
{
    /// <summary>
    /// None when no active tape watches a trainable input; first order when exactly one
    /// non-persistent tape does; higher order as soon as a persistent tape or a second tape does.
    /// </summary>
    public static PossibleGradientType PossibleGradientTypes(World w, ThreadId t, IReadOnlyList<Tensor> inputs)
    {
        var context = w.Thread(t);
        if (context.TapeStack.IsEmpty || context.RecordingStopped) return PossibleGradientType.None;
        var someTapeWatching = false;
        foreach (var id in context.TapeStack)
        {
            var tape = w.Tapes[id];
            if (!inputs.Any(x => Gradients.Gradients.IsTrainable(x.DType) && tape.IsWatched(x))) continue;
            if (tape.Persistent || someTapeWatching) return PossibleGradientType.HigherOrder;
            someTapeWatching = true;
        }
        return someTapeWatching ? PossibleGradientType.FirstOrder : PossibleGradientType.None;
    }

    /// <summary>
    /// <c>variable_accessed(v)</c> for each variable a called function uses (its captured trainable
    /// variable handles): every active tape that watches accessed variables watches the handle.
    /// </summary>
    public static World VariablesAccessed(World w, ThreadId t, IReadOnlyList<Tensor> captured)
    {
        var context = w.Thread(t);
        if (context.TapeStack.IsEmpty || context.RecordingStopped) return w;
        foreach (var handle in captured)
        {
            if (handle.DType != Types.DType.Resource || !GradientTapes.IsTrainableHandle(w, handle)) continue;
            foreach (var id in context.TapeStack)
            {
                var tape = w.Tapes[id];
                if (tape.WatchAccessedVariables && !tape.IsWatched(handle))
                    w = w with { Tapes = w.Tapes.SetItem(id, tape with { Watched = tape.Watched.Add(handle) }) };
            }
        }
        return w;
    }
}
