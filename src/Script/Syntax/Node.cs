using System.Diagnostics.CodeAnalysis;

namespace ScopeFn.Script.Syntax;

/// <summary>Every AST node records where it came from, so runtime errors can point at source.</summary>
/// <remarks>The annotation keeps every node type's public properties for <see cref="AstDump"/>,
/// which renders nodes by reflection, in trimmed and NativeAOT builds too.</remarks>
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
public abstract record Node(SourceSpan Span);

public abstract record Expr(SourceSpan Span) : Node(Span);

public abstract record Stmt(SourceSpan Span) : Node(Span);

/// <summary>A parsed file: its statements in order.</summary>
public sealed record Module(NodeList<Stmt> Body, SourceSpan Span) : Node(Span);
