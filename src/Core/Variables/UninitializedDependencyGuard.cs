using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Variables;

/// <summary>
/// variables.py <c>_try_guard_against_uninitialized_dependencies(name, initial_value)</c>, which a
/// RefVariable's initializer (<c>Assign</c>) reads instead of the initial value: unless the initial
/// value's graph has a cycle, it is copied with every variable op found in GLOBAL_VARIABLES /
/// LOCAL_VARIABLES replaced by that variable's <c>initialized_value()</c>. A copied op is named
/// <c>&lt;op name&gt;_&lt;name&gt;</c> with ':' made '_'; <c>name</c> is the new variable's scope string
/// (ending in '/'), so the copy is created under that name verbatim (<c>w/read_v2</c>, <c>add_v2</c>).
/// Reads of resource variables (ReadVariableOp), initialization checks and <c>If</c> ops are kept.
/// </summary>
public static class UninitializedDependencyGuard
{
    public static Tf<Tensor> Apply(string name, Tensor initialValue) =>
        from g in Tf.Read((w, _) => w.Graph(initialValue.Graph))
        from guarded in HasCycle(g, initialValue.OpId)
            ? Tf.Pure(initialValue)
            : FromTensor(name, initialValue, new Cache()).Select(r => r.Tensor)
        select guarded;

    /// <summary>The op_cache: op name → replacement op id (the op itself when nothing changed).</summary>
    private sealed record Cache(Map<OrdString, string, int> ByName = default)
    {
        public Cache With(string opName, int id) => new(ByName.AddOrUpdate(opName, id));
    }

    private sealed record Step(Tensor Tensor, Cache Cache);

    /// <summary><c>_has_cycle</c>: a depth-first walk over data and control inputs.</summary>
    private static bool HasCycle(Graph g, int start)
    {
        var state = new Dictionary<int, bool>();   // false: started, true: finished
        bool Visit(int id)
        {
            if (state.TryGetValue(id, out var finished)) return !finished;
            state[id] = false;
            var op = g.Op(id);
            foreach (var next in op.Inputs.Select(i => i.OpId).Concat(op.ControlInputIds))
                if (Visit(next)) return true;
            state[id] = true;
            return false;
        }
        return Visit(start);
    }

    /// <summary><c>_safe_initial_value_from_tensor</c>.</summary>
    private static Tf<Step> FromTensor(string name, Tensor tensor, Cache cache) =>
        from g in Tf.Read((w, _) => w.Graph(tensor.Graph))
        let op = g.Op(tensor.OpId)
        from replaced in cache.ByName.Find(op.Name).Match(
            Some: id => Tf.Pure((Id: id, Cache: cache)),
            None: () => FromOp(name, op, cache).Select(r => (Id: r.Id, Cache: r.Cache.With(op.Name, r.Id))))
        from graph in Tf.Read((w, _) => w.Graph(tensor.Graph))
        select new Step(graph.Op(replaced.Id).Output(tensor.Index), replaced.Cache);

    /// <summary><c>_safe_initial_value_from_op</c>: the replacement op's id.</summary>
    private static Tf<(int Id, Cache Cache)> FromOp(string name, Operation op, Cache cache)
    {
        if (op.Type is "IsVariableInitialized" or "VarIsInitializedOp" or "ReadVariableOp" or "If")
            return Tf.Pure((op.Id, cache));
        if (op.Type is "Variable" or "VariableV2" or "VarHandleOp")
            return from found in FindInitializedValue(op)
                   from value in found is { } v ? InitializedValue.Of(v).Select(t => (int?)t.OpId) : Tf.Pure<int?>(null)
                   select (value ?? op.Id, cache);

        var program = Tf.Pure((Inputs: Seq<Tensor>.Empty, Modified: false, Cache: cache));
        foreach (var input in op.Inputs)
            program = program.SelectMany(acc => FromTensor(name, input, acc.Cache).Select(r =>
                (acc.Inputs.Add(r.Tensor), acc.Modified || r.Tensor != input, r.Cache)));
        return program.SelectMany(acc =>
        {
            if (!acc.Modified) return Tf.Pure((op.Id, acc.Cache));
            var type = op.Type == "RefSwitch" ? "Switch" : op.Type;
            var copyName = (op.Name + "_" + name).Replace(':', '_');
            return OpCreation.CreateOp(op.Graph, type, acc.Inputs.ToList(), op.Attrs, copyName).Select(copy => (copy.Id, acc.Cache));
        });
    }

    /// <summary>
    /// <c>_find_initialized_value_for_variable</c>: the variable named <c>op</c> or <c>op:0</c> in
    /// GLOBAL_VARIABLES, then LOCAL_VARIABLES. A resource variable has no <c>initialized_value</c>
    /// in TF 2.x, and TF's AttributeError handler then answers None: the op is kept.
    /// </summary>
    private static Tf<Variable?> FindInitializedValue(Operation op) =>
        Tf.Read((w, _) =>
        {
            var collections = w.Graph(op.Graph).Collections;
            var match = collections.Get(GraphKeys.GlobalVariables).Concat(collections.Get(GraphKeys.LocalVariables))
                .OfType<INamedElement>()
                .FirstOrDefault(v => v.Name == op.Name || v.Name == op.Name + ":0");
            return match is Variable { Kind: VariableKind.Ref } v ? v : null;
        });
}
