using ScopeFn.Core.Collections;
using LanguageExt;

namespace ScopeFn.Core.Worlds;

/// <summary>
/// One thread's view of the world: its default-graph stack (innermost last), its lazily created
/// global default graph, its log of context switches, and its per-graph state (name stack and
/// control-dependency controllers), all of which TF 2.x keeps thread-local (spec §12).
/// </summary>
public sealed record ThreadContext(ThreadId Id)
{
    public Seq<GraphId> DefaultGraphStack { get; init; } = Seq<GraphId>.Empty;
    public GraphId? GlobalDefaultGraph { get; init; }
    public Seq<ContextSwitch> ContextSwitches { get; init; } = Seq<ContextSwitch>.Empty;
    public PersistentMap<GraphId, GraphThreadState> PerGraph { get; init; } = PersistentMap<GraphId, GraphThreadState>.Empty;

    /// <summary>The thread's active tapes, innermost last (record.py's tape stack).</summary>
    public Seq<TapeId> TapeStack { get; init; } = Seq<TapeId>.Empty;

    /// <summary>The thread-wide "stop recording" flag that <c>stop_recording()</c> and init_scope set.</summary>
    public bool RecordingStopped { get; init; }

    /// <summary>The eager context's device (context.py <c>device_spec</c>; its string is <c>device_name</c>), set by <c>tf.device</c> while eager.</summary>
    public ScopeFn.Core.Devices.DeviceSpec EagerDevice { get; init; } = ScopeFn.Core.Devices.DeviceSpec.Empty;

    public GraphThreadState For(GraphId graph) =>
        PerGraph.GetValueOrDefault(graph, GraphThreadState.Initial);

    /// <summary>Sets the per-graph state; the initial state is not stored, so equal contexts are equal values.</summary>
    public ThreadContext With(GraphId graph, GraphThreadState state) =>
        this with { PerGraph = state.Equals(GraphThreadState.Initial) ? PerGraph.Remove(graph) : PerGraph.SetItem(graph, state) };
}

/// <summary>The per-(graph, thread) state of ops.py: <c>_name_stack</c>, the control-dependency stack and the device stack.</summary>
public sealed record GraphThreadState(string NameStack, Seq<ControlDependencyController> ControlDependencies)
{
    /// <summary>ops.py <c>_device_function_stack</c> (innermost last), per graph and thread as in TF 2.x.</summary>
    public Seq<ScopeFn.Core.Devices.DeviceScope> DeviceStack { get; init; } = Seq<ScopeFn.Core.Devices.DeviceScope>.Empty;

    public static GraphThreadState Initial { get; } = new("", Seq<ControlDependencyController>.Empty);
}

/// <summary>
/// One active <c>control_dependencies</c> block: the ops it adds as control inputs, and the ops
/// created inside it (TF's "seen" set, used to skip dominated ops).
/// </summary>
public sealed record ControlDependencyController(Seq<int> ControlOps, PersistentSet<int> CreatedInside);

/// <summary>An entry of the thread's context-switch log (context.py <c>ContextSwitchStack</c>).</summary>
public sealed record ContextSwitch(bool IsBuildingFunction, GraphId? Graph);
