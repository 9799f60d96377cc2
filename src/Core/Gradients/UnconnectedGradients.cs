using ScopeFn.Core.Errors;

namespace ScopeFn.Core.Gradients;

/// <summary><c>tf.UnconnectedGradients</c>: what a source with no path to the targets gets.</summary>
public enum UnconnectedGradients
{
    None,
    Zero,
}

public static class UnconnectedGradientsParse
{
    /// <summary><c>UnconnectedGradients(value)</c>: "none" or "zero"; anything else is gradients_util's ValueError.</summary>
    public static LanguageExt.Either<TfError, UnconnectedGradients> Parse(string value, string repr) => value switch
    {
        "none" => UnconnectedGradients.None,
        "zero" => UnconnectedGradients.Zero,
        _ => new ValueError($"Unknown value for unconnected_gradients: {repr}"),
    };
}
