using System.Diagnostics.Tracing;

namespace ScopeFn.Bench.Core;

/// <summary>
/// Counts the runtime's AllocationTick events (one per ~100 KB allocated, naming the type that
/// crossed the threshold) by type: a sampled picture of which objects make up the bytes per op.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, int> counts = new();
    private int total;

    protected override void OnEventSourceCreated(EventSource source)
    {
        // GC keyword (0x1) at Verbose level carries AllocationTick.
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
        var type = e.Payload?[e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        lock (counts)
        {
            counts[type] = counts.GetValueOrDefault(type) + 1;
            total++;
        }
    }

    public void Report(TextWriter output, int top = 25)
    {
        lock (counts)
            foreach (var (type, n) in counts.OrderByDescending(kv => kv.Value).Take(top))
                output.WriteLine($"{100.0 * n / total,6:F1} %  {type}");
    }
}
