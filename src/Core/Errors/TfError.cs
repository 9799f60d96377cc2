namespace ScopeFn.Core.Errors;

/// <summary>
/// An error as TensorFlow raises it: the Python exception class (<see cref="TypeName"/>) and the
/// message text. Errors are values so a failed transition can return them with the world it
/// leaves behind.
/// </summary>
public abstract record TfError(string Message)
{
    /// <summary>The Python class name TensorFlow raises, e.g. <c>ValueError</c> or <c>InvalidArgumentError</c>.</summary>
    public abstract string TypeName { get; }

    /// <summary>The qualified name a traceback shows, e.g. <c>tensorflow.python.framework.errors_impl.InvalidArgumentError</c>.</summary>
    public virtual string QualifiedName => TypeName;

    public override string ToString() => $"{TypeName}: {Message}";

    public TfException ToException() => new(this);
}

/// <summary>Thrown by the C# shell, which presents the pure core's error values as exceptions.</summary>
public sealed class TfException(TfError error) : Exception(error.ToString())
{
    public TfError Error { get; } = error;
}

// Python built-in exceptions TensorFlow's Python layer raises.
public sealed record ValueError(string Message) : TfError(Message) { public override string TypeName => "ValueError"; }
public sealed record TypeError(string Message) : TfError(Message) { public override string TypeName => "TypeError"; }
public sealed record RuntimeError(string Message) : TfError(Message) { public override string TypeName => "RuntimeError"; }
public sealed record KeyError(string Message) : TfError(Message) { public override string TypeName => "KeyError"; }
public sealed record AttributeError(string Message) : TfError(Message) { public override string TypeName => "AttributeError"; }
public sealed record AssertionError(string Message) : TfError(Message) { public override string TypeName => "AssertionError"; }
public sealed record IndexError(string Message) : TfError(Message) { public override string TypeName => "IndexError"; }
public sealed record NotImplementedError(string Message) : TfError(Message) { public override string TypeName => "NotImplementedError"; }

/// <summary>errors_impl.py <c>InaccessibleTensorError(ValueError)</c>: fetching an op marked by <c>prevent_fetching</c>, or using a tensor outside the function graph that owns it.</summary>
public sealed record InaccessibleTensorError(string Message) : TfError(Message)
{
    public override string TypeName => "InaccessibleTensorError";
    public override string QualifiedName => "tensorflow.python.framework.errors_impl.InaccessibleTensorError";
}
