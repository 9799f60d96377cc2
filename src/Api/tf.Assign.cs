using ScopeFn.Core.Graphs;
using ScopeFn.Core.Variables;

#pragma warning disable CS8981 // lower-case on purpose, as in tf.cs
#pragma warning disable IDE1006

namespace ScopeFn.Api;

public static partial class tf
{
    public static partial class compat
    {
        public static partial class v1
        {
            /// <summary>
            /// state_ops.py <c>assign(ref, value)</c>: a ref variable's <c>Assign</c> output; for a
            /// resource variable <c>ref.assign(value)</c>, whose <c>_UnreadVariable</c> is returned
            /// as its graph element (the read <c>Session.run</c> fetches; the new value while eager).
            /// </summary>
            public static Tensor assign(Variable @ref, object value, bool? validate_shape = null, bool? use_locking = null, string? name = null) =>
                @ref.Kind == VariableKind.Ref
                    ? Runtime.Run(StateOps.Assign(@ref, value, validate_shape, use_locking, name))
                    : Unread(@ref, ResourceVariableUpdates.Assign(@ref, value, name));

            /// <summary>state_ops.py <c>assign_add(ref, value)</c>: <c>AssignAdd</c>, or <c>ref.assign_add(value)</c> (the name is dropped, as TF drops it).</summary>
            public static Tensor assign_add(Variable @ref, object value, bool? use_locking = null, string? name = null) =>
                @ref.Kind == VariableKind.Ref
                    ? Runtime.Run(StateOps.AssignAdd(@ref, value, use_locking, name))
                    : Unread(@ref, ResourceVariableUpdates.Update(@ref, "AssignAddVariableOp", value, null));

            /// <summary>state_ops.py <c>assign_sub(ref, value)</c>: <c>AssignSub</c>, or <c>ref.assign_sub(value)</c>.</summary>
            public static Tensor assign_sub(Variable @ref, object value, bool? use_locking = null, string? name = null) =>
                @ref.Kind == VariableKind.Ref
                    ? Runtime.Run(StateOps.AssignSub(@ref, value, use_locking, name))
                    : Unread(@ref, ResourceVariableUpdates.Update(@ref, "AssignSubVariableOp", value, null));

            private static Tensor Unread(Variable v, ScopeFn.Core.Monad.Tf<Operation> update) =>
                Runtime.Run(from op in update from unread in ResourceVariableUpdates.LazyRead(v, op) select unread.Value);
        }
    }
}
