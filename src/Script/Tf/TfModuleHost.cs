using ScopeFn.Script.Runtime;
using ScopeFn.Script.Trace;

namespace ScopeFn.Script.Tf;

/// <summary>
/// The <c>tensorflow</c> module built once for a long-lived host (<c>scopefn serve</c>) instead of
/// once per run: building it registers hundreds of functions (tens of KB, ~100 µs), more than a
/// small script costs. Each run that imports <c>tensorflow</c> rebinds the one process state to a
/// fresh world (<see cref="TfProcess.Reset"/>) and sees the tree through a new golden-list view,
/// which is where script assignments (<c>tf.foo = 1</c>) land, so no graph, variable, seed, Python
/// object or module attribute of one run is visible to the next. Runs must not overlap: one host
/// serves one script at a time, and a host whose script was abandoned mid-run is not used again.
/// </summary>
public sealed class TfModuleHost
{
    private readonly TfProcess process = new();
    private readonly PyModule tensorflow;
    private readonly ModuleRegistry untraced;

    public TfModuleHost()
    {
        tensorflow = TfModule.Create(process);
        untraced = Registry(null);
    }

    /// <summary>A registry whose <c>tensorflow</c> is this host's module on a fresh process, per run (per fork).</summary>
    public ModuleRegistry Registry() => untraced;

    /// <summary>As <see cref="Registry()"/>, recording each run's TensorFlow events in <paramref name="trace"/>.</summary>
    public ModuleRegistry Registry(TraceLog? trace) => new ModuleRegistry().Register("tensorflow", () =>
    {
        process.Reset(trace is null ? null : new TfTracer(trace));
        return Api.ApiModule.Expose(tensorflow);
    });
}
