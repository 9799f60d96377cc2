using System.Diagnostics.CodeAnalysis;

namespace ScopeFn.Script.Syntax;

public enum ArgumentKind
{
    /// <summary><c>f(x)</c></summary>
    Positional,

    /// <summary><c>f(name=x)</c></summary>
    Keyword,

    /// <summary><c>f(*xs)</c></summary>
    Star,

    /// <summary><c>f(**kw)</c></summary>
    DoubleStar,
}

/// <summary>
/// One call argument. Arguments keep source order in one list (CPython splits them into args and
/// keywords, which loses where <c>*xs</c> sat relative to keywords).
/// </summary>
public sealed record Argument(ArgumentKind Kind, string? Name, Expr Value, SourceSpan Span) : Node(Span);

/// <summary>A parameter of a def or lambda; <see cref="Default"/> is null when it has none.</summary>
public sealed record Parameter(string Name, Expr? Default, SourceSpan Span) : Node(Span);

/// <summary>
/// A def's or lambda's parameter list:
/// <c>(PositionalOnly…, /, Regular…, *VarArgs, KeywordOnly…, **KwArgs)</c>.
/// </summary>
/// <remarks>Not a node (it has no span of its own); annotated as <see cref="Node"/> is, for <see cref="AstDump"/>.</remarks>
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
public sealed record Parameters(
    NodeList<Parameter> PositionalOnly,
    NodeList<Parameter> Regular,
    Parameter? VarArgs,
    NodeList<Parameter> KeywordOnly,
    Parameter? KwArgs)
{
    public static readonly Parameters Empty =
        new(NodeList<Parameter>.Empty, NodeList<Parameter>.Empty, null, NodeList<Parameter>.Empty, null);

    public IEnumerable<Parameter> All =>
        PositionalOnly.Concat(Regular)
            .Concat(VarArgs is null ? [] : [VarArgs])
            .Concat(KeywordOnly)
            .Concat(KwArgs is null ? [] : [KwArgs]);
}
