using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Gradients;

/// <summary>The gradient op builders other core areas (the tape) share.</summary>
public static class GradOpsPublic
{
    public static Tf<Tensor> ZerosLike(Tensor x) => GradOps.ZerosLike(x, x.DType == DType.Resource ? DType.Float32 : x.DType);

    public static Tf<Tensor> OnesOfShape(Tensor shape, DType dtype) => GradOps.OnesOfShape(shape, dtype);
}
