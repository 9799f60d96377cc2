using System.Collections.Immutable;

namespace ScopeFn.Interpreter.Evaluation;

/// <summary>
/// Op type → kernel. A value, so a session can run with an extended table (new op families such as
/// variables register their kernels with <see cref="With"/>) without touching anyone else's.
/// </summary>
public sealed record KernelTable(ImmutableDictionary<string, KernelDef> Kernels)
{
    public static KernelTable Empty { get; } = new(ImmutableDictionary<string, KernelDef>.Empty);

    /// <summary>Kernels for the core op set (issue 2's ops).</summary>
    public static KernelTable Core { get; } = CoreKernels.Register(Empty);

    /// <summary>Every kernel ScopeFn has: the core op set, variables and stateful random ops.</summary>
    public static KernelTable Default { get; } =
        CommonKernels.Register(ControlFlowKernels.Register(GradientKernels.Register(CompareKernels.Register(ResourceUpdateKernels.Register(MaskKernels.Register(RandomOpKernels.Register(VariableKernels.Register(Core))))))));

    public KernelDef? Find(string opType) => Kernels.GetValueOrDefault(opType);

    public KernelTable With(string opType, KernelDef kernel) => new(Kernels.SetItem(opType, kernel));
}
