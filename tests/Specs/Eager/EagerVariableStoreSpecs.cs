using LanguageExt;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Interpreter.Arrays;
using static ScopeFn.Specs.Eager.EagerContextSpecs;

namespace ScopeFn.Specs.Eager;

/// <summary>
/// variable_scope.py <c>EagerVariableStore</c>. source: variable_scope_test.py testEagerVariableStore
/// (as_default, variables / trainable_variables / non_trainable_variables, copy with equal values);
/// <c>_VariableStore.get_variable</c> (AUTO_REUSE while the store is active) and
/// <c>_get_single_variable</c> (new variables join GLOBAL_VARIABLES / TRAINABLE_VARIABLES).
/// </summary>
public class EagerVariableStoreSpecs
{
    private static Tf<object?> ValueOf(Variable v) =>
        from t in TfVariable.ReadValue(v)
        from value in Tf.Read((w, _) => (object?)((NdArray)w.Eager.Value(t)!.Data).ToNested())
        select value;

    private static Tf<T> InStore<T>(int store, Tf<T> body) => Tf.Bracket(EagerVariableStores.EnterAsDefault(store), _ => body);

    private static readonly TensorShape Scalar = TensorShape.Scalar;

    [Fact] // testEagerVariableStore: the lists, split by trainability, sorted by name
    public void The_store_keeps_what_get_variable_creates()
    {
        var program =
            from store in EagerVariableStores.New
            from vw in InStore(store,
                from w in GetVariables.Single("w", Scalar, trainable: false)
                from v in GetVariables.Single("v", Scalar, trainable: true)
                select (v, w))
            from all in EagerVariableStores.Variables(store)
            from trainable in EagerVariableStores.TrainableVariables(store)
            from frozen in EagerVariableStores.NonTrainableVariables(store)
            select (vw.v, vw.w, all, trainable, frozen);
        var r = Ok(program);
        Assert.Equal(new[] { r.v, r.w }, r.all);                       // sorted: v:0 before w:0
        Assert.Equal(new[] { r.v }, r.trainable);
        Assert.Equal(new[] { r.w }, r.frozen);
    }

    [Fact] // _VariableStore.get_variable: with an eager store active, reuse becomes AUTO_REUSE
    public void Inside_the_store_get_variable_reuses_by_full_name()
    {
        var program =
            from store in EagerVariableStores.New
            from pair in InStore(store,
                from a in GetVariables.Single("v", initializer: 1.0f)
                from b in GetVariables.Single("v", Scalar)
                select (a, b))
            from outside in GetVariables.Single("v", initializer: 2.0f)
            select (pair.a, pair.b, outside);
        var r = Ok(program);
        Assert.Equal(r.a, r.b);
        Assert.NotEqual(r.a, r.outside);                     // without the store, every call creates r.a variable
        Assert.Equal("v:0", r.outside.Name);
    }

    [Fact] // _get_single_variable: an eager variable made through the store joins the default graph's collections
    public void Stored_variables_join_the_global_and_trainable_collections()
    {
        var program =
            from store in EagerVariableStores.New
            from v in InStore(store, GetVariables.Single("v", Scalar))
            from globals in CollectionOps.Get(GraphKeys.GlobalVariables)
            from trainables in CollectionOps.Get(GraphKeys.TrainableVariables)
            select (v, globals, trainables);
        var r = Ok(program);
        Assert.Equal(new[] { r.v }, r.globals.Cast<Variable>());
        Assert.Equal(new[] { r.v }, r.trainables.Cast<Variable>());
    }

    [Fact] // testEagerVariableStore, copying: new variables, same names and values; the copies are not in the original store
    public void Copy_makes_new_variables_with_the_same_values()
    {
        var program =
            from store in EagerVariableStores.New
            from v in InStore(store, GetVariables.Single("v", initializer: 3.0f))
            from copy in EagerVariableStores.Copy(store)
            from newV in InStore(copy, GetVariables.Single("v"))
            from original in EagerVariableStores.Variables(store)
            from copied in EagerVariableStores.Variables(copy)
            from value in ValueOf(v)
            from newValue in ValueOf(newV)
            select (v, newV, original, copied, value, newValue);
        var r = Ok(program);
        Assert.NotEqual(r.v, r.newV);
        Assert.Equal(r.v.Name, r.newV.Name);
        Assert.Equal(r.value, r.newValue);
        Assert.Equal(3.0f, r.newValue);
        Assert.DoesNotContain(r.newV, r.original);
        Assert.Equal(new[] { r.newV }, r.copied);
    }

    [Fact] // AUTO_REUSE still checks the shape (_get_single_variable's "Trying to share variable" ValueError)
    public void Reuse_in_the_store_checks_shapes()
    {
        var program =
            from store in EagerVariableStores.New
            from v in InStore(store,
                from a in GetVariables.Single("v", TensorShape.Of(2))
                from b in GetVariables.Single("v", TensorShape.Of(3))
                select b)
            select v;
        var error = Fails(program);
        Assert.Equal("ValueError", error.TypeName);
        Assert.Equal("Trying to share variable v, but specified shape (3,) and found shape (2,).", error.Message);
    }
}
