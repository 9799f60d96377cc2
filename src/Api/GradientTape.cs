using LanguageExt;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Tapes;
using ScopeFn.Core.Worlds;

#pragma warning disable IDE1006

namespace ScopeFn.Api;

/// <summary>
/// <c>tf.GradientTape(persistent=False, watch_accessed_variables=True)</c> for C# callers: recording
/// starts when it is created (a <c>using</c> block is the <c>with</c>) and stops when it is disposed;
/// <see cref="gradient"/> builds the gradient ops (graph mode) or computes the values (eager).
/// </summary>
public sealed class GradientTape : IDisposable
{
    private readonly TfRuntime runtime;
    private readonly Scope<TapeId> recording;

    public GradientTape(bool persistent = false, bool watch_accessed_variables = true)
    {
        runtime = tf.Runtime;
        Id = runtime.Run(GradientTapes.New(persistent, watch_accessed_variables));
        recording = runtime.Enter(GradientTapes.Enter(Id));
    }

    public TapeId Id { get; }

    /// <summary><c>tape.watch(tensor)</c>.</summary>
    public void watch(params Tensor[] tensors) => runtime.Run(GradientTapes.Watch(Id, tensors));

    /// <summary><c>tape.gradient(target, sources)</c>: one gradient per source, null where the source is unconnected.</summary>
    public IReadOnlyList<Tensor?> gradient(object target, params object[] sources) =>
        runtime.Run(TapeGradients.Gradient(Id, [target], sources));

    /// <summary>Leaving the <c>with</c> block (a tape already consumed by <see cref="gradient"/> has left the stack).</summary>
    public void Dispose() => recording.Dispose();
}
