namespace ScopeFn.Core.Errors;

/// <summary>Python's LookupError, which TF's gradient registry raises for an op type without a gradient.</summary>
public sealed record LookupError(string Message) : TfError(Message) { public override string TypeName => "LookupError"; }
