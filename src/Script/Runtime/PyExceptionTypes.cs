using ScopeFn.Core.Errors;
using CoreOpError = ScopeFn.Core.Errors.OpError;

namespace ScopeFn.Script.Runtime;

/// <summary>Python's built-in exception hierarchy (the part scripts meet) and TensorFlow's OpError family.</summary>
public static class PyExceptionTypes
{
    public static readonly PyExceptionType BaseException = new("BaseException", null);
    public static readonly PyExceptionType Exception = new("Exception", BaseException);
    public static readonly PyExceptionType ArithmeticError = new("ArithmeticError", Exception);
    public static readonly PyExceptionType ZeroDivisionError = new("ZeroDivisionError", ArithmeticError);
    public static readonly PyExceptionType OverflowError = new("OverflowError", ArithmeticError);
    public static readonly PyExceptionType AssertionError = new("AssertionError", Exception);
    public static readonly PyExceptionType AttributeError = new("AttributeError", Exception);
    public static readonly PyExceptionType ImportError = new("ImportError", Exception);
    public static readonly PyExceptionType ModuleNotFoundError = new("ModuleNotFoundError", ImportError);
    public static readonly PyExceptionType LookupError = new("LookupError", Exception);
    public static readonly PyExceptionType IndexError = new("IndexError", LookupError);

    // str(KeyError('a')) is "'a'": the key's repr, so a missing '' is visible.
    public static readonly PyExceptionType KeyError = new("KeyError", LookupError,
        str: e => e.Args.Items.Length == 1 ? Ops.Repr(e.Args.Items[0]) : DefaultStr(e));

    public static readonly PyExceptionType MemoryError = new("MemoryError", Exception);
    public static readonly PyExceptionType NameError = new("NameError", Exception);
    public static readonly PyExceptionType UnboundLocalError = new("UnboundLocalError", NameError);
    public static readonly PyExceptionType RuntimeError = new("RuntimeError", Exception);
    public static readonly PyExceptionType NotImplementedError = new("NotImplementedError", RuntimeError);
    public static readonly PyExceptionType RecursionError = new("RecursionError", RuntimeError);
    public static readonly PyExceptionType StopIteration = new("StopIteration", Exception);
    public static readonly PyExceptionType TypeError = new("TypeError", Exception);
    public static readonly PyExceptionType ValueError = new("ValueError", Exception);
    public static readonly PyExceptionType UnicodeError = new("UnicodeError", ValueError);
    public static readonly PyExceptionType KeyboardInterrupt = new("KeyboardInterrupt", BaseException);
    public static readonly PyExceptionType SystemExit = new("SystemExit", BaseException);

    /// <summary>ScopeFn's step budget: ends the script; no handler can catch it.</summary>
    public static readonly PyExceptionType ScriptTimeout = new("ScriptTimeout", BaseException, uncatchable: true);

    private const string ErrorsModule = "tensorflow.python.framework.errors_impl";

    // OpError(node_def, op, message, ...): str() is the message (third argument) when built by hand.
    public static readonly PyExceptionType OpError = new("OpError", Exception, ErrorsModule,
        str: e => e.Args.Items.Length >= 3 ? Ops.Str(e.Args.Items[2]) : DefaultStr(e));

    /// <summary>errors_impl.py <c>InaccessibleTensorError</c>, a ValueError not exported under <c>tf.errors</c> (a tensor used outside the function graph that owns it, or a fetch <c>prevent_fetching</c> marked).</summary>
    public static readonly PyExceptionType InaccessibleTensorError = new("InaccessibleTensorError", ValueError, ErrorsModule);

    private static readonly Dictionary<ErrorCode, PyExceptionType> OpErrorsByCode = Enum.GetValues<ErrorCode>()
        .Where(code => code != ErrorCode.Ok)
        .ToDictionary(code => code, code => new PyExceptionType(new CoreOpError(code, "").TypeName, OpError, ErrorsModule));

    /// <summary>The builtin exception classes by name, as the <c>builtins</c> module exposes them.</summary>
    public static IReadOnlyList<PyExceptionType> Builtins { get; } =
    [
        BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, AssertionError, AttributeError,
        ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError,
        RuntimeError, NotImplementedError, RecursionError, StopIteration, TypeError, ValueError, UnicodeError,
        KeyboardInterrupt, SystemExit,
    ];

    private static readonly Dictionary<string, PyExceptionType> BuiltinsByName = Builtins.ToDictionary(t => t.Name);

    /// <summary><c>tf.errors.InvalidArgumentError</c> etc., for the host's <c>tf.errors</c> module.</summary>
    public static PyExceptionType ForCode(ErrorCode code) => OpErrorsByCode[code];

    public static IEnumerable<PyExceptionType> OpErrorClasses => OpErrorsByCode.Values;

    /// <summary>The class a TensorFlow error value is raised as in the script.</summary>
    public static PyExceptionType For(TfError error) => error switch
    {
        CoreOpError op when op.Code != ErrorCode.Ok => ForCode(op.Code),
        CoreOpError => OpError,
        { TypeName: "InaccessibleTensorError" } => InaccessibleTensorError,
        _ => BuiltinsByName.TryGetValue(error.TypeName, out var type) ? type : RuntimeError,
    };

    private static string DefaultStr(PyBaseException e) => e.Args.Items.Length switch
    {
        0 => "",
        1 => Ops.Str(e.Args.Items[0]),
        _ => e.Args.Repr(),
    };
}
