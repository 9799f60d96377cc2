using LanguageExt;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Variables;

/// <summary>
/// The keyword arguments <c>_VariableStore.get_variable</c> passes to a custom getter and to the
/// true getter (spec §4.2-6). A getter changes them with <c>with</c> before calling the next one.
/// </summary>
public sealed record GetterArgs(
    string Name,
    TensorShape? Shape,
    DType DType,
    object? Initializer,
    Regularizer? Regularizer,
    Reuse? Reuse,
    bool? Trainable,
    Seq<string>? Collections,
    string? CachingDevice,
    Partitioner? Partitioner,
    bool ValidateShape,
    bool? UseResource,
    Constraint? Constraint,
    VariableSynchronization Synchronization,
    VariableAggregation Aggregation)
{
    /// <summary>The Python call stack of the <c>get_variable</c> call (outermost first), kept on a created variable for TF's "Originally defined at" text.</summary>
    public ScopeFn.Core.Collections.EquatableArray<SourceFrame> Traceback { get; init; }
}

/// <summary>The <c>getter</c> argument a custom getter receives.</summary>
public delegate Tf<IVariableLike> Getter(GetterArgs args);

/// <summary>
/// <c>custom_getter(getter, **kwargs)</c>. Scope getters chain (the innermost runs first and its
/// <c>getter</c> is the outer one bound to the true getter); a getter passed to get_variable replaces the scope's.
/// </summary>
public delegate Tf<IVariableLike> CustomGetter(Getter getter, GetterArgs args);

internal static class CustomGetters
{
    /// <summary>variable_scope.py <c>_maybe_wrap_custom_getter</c>: <c>custom(partial(old, getter), **kwargs)</c>.</summary>
    public static CustomGetter? Wrap(CustomGetter? custom, CustomGetter? old) =>
        custom is null ? null : old is null ? custom : (getter, args) => custom(a => old(getter, a), args);
}
