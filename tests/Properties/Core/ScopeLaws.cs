using FsCheck;
using FsCheck.Fluent;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Worlds;
using ScopeFn.Oracle.Generators;

namespace ScopeFn.Properties.Core;

/// <summary>
/// Laws of the core's naming, name-scope and control-dependency rules on random programs
/// (issue 2). The reference for names and control inputs is <see cref="ModelGraph"/> (run by
/// <see cref="StepModel"/>), the direct transcription of ops.py's mutable algorithm that
/// <c>scopefn gen</c> uses too (tf-semantics.md §1.1, §2.1, §6).
/// </summary>
public class ScopeLaws
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static (World World, Built Built) Build(Step[] program, World? start = null)
    {
        var r = CoreInterpreter.Run(program, Built.Empty).Run(start ?? World.Empty);
        Assert.Null(r.Error);
        return (r.World, r.Value);
    }

    private static void Check(Arbitrary<Step[]> arb, Func<Step[], bool> law) =>
        Prop.ForAll(arb, law).Check(Config);

    [Fact]
    public void Op_names_and_control_inputs_agree_with_the_mutable_model() => Check(Generators.Programs, program =>
    {
        var model = new StepModel();
        model.Run(program);
        var (_, built) = Build(program);
        return built.Log.SequenceEqual(model.Log);
    });

    [Fact]
    public void Op_names_in_a_graph_are_unique() => Check(Generators.Programs, program =>
    {
        var (world, _) = Build(program);
        var names = world.Graphs.ValuesInHashOrder.SelectMany(g => g.Ops.Map(o => o.Name)).ToList();
        return names.Distinct().Count() == names.Count;
    });

    [Fact]
    public void Every_op_starts_with_the_scope_it_was_created_in() => Check(Generators.Programs, program =>
        Build(program).Built.Log.ForAll(c => c.Scope.Length == 0 || c.Name.StartsWith(c.Scope + "/", StringComparison.Ordinal)));

    [Fact]
    public void Same_program_on_equal_worlds_gives_equal_worlds() => Check(Generators.Programs, program =>
    {
        var prefix = program.Take(program.Length / 2).ToArray();
        var rest = program.Skip(program.Length / 2).ToArray();
        var (w1, _) = Build(prefix);
        var (w1Again, _) = Build(prefix);
        return w1.Equals(w1Again) && Build(rest, w1).World.Equals(Build(rest, w1Again).World);
    });

    [Fact]
    public void A_world_is_unchanged_by_later_steps() => Check(Generators.Programs, program =>
    {
        var half = program.Length / 2;
        var (before, _) = Build(program.Take(half).ToArray());
        var snapshot = Build(program.Take(half).ToArray()).World;
        var (after1, _) = Build(program.Skip(half).ToArray(), before);
        var (after2, _) = Build(program.Skip(half).ToArray(), before);
        return before.Equals(snapshot) && after1.Equals(after2);
    });

    [Fact]
    public void Exiting_a_bracket_restores_the_thread_context() => Check(Generators.Programs, program =>
    {
        var world = World.Empty;
        var built = Built.Empty;
        foreach (var step in program)
        {
            var before = world.Thread(ThreadId.Main);
            var r = CoreInterpreter.Run(step, built).Run(world);
            Assert.Null(r.Error);
            var after = r.World.Thread(ThreadId.Main);
            // Top-level steps run outside every control_dependencies block, so nothing may differ,
            // except the lazily created global default graph on the very first step.
            if (before.GlobalDefaultGraph is not null && !before.Equals(after)) return false;
            (world, built) = (r.World, r.Value);
        }
        return true;
    });

    [Fact]
    public void Unique_name_agrees_with_the_mutable_model() =>
        Prop.ForAll(Generators.NameRequests, requests =>
        {
            var model = new ModelGraph();
            var names = ScopeFn.Core.Collections.RerootingMap<string, int>.Empty;
            foreach (var (stack, name) in requests)
            {
                var (next, unique) = UniqueName.Apply(names, stack, name);
                names = next;
                if (unique != model.UniqueNameUnder(stack, name)) return false;
            }
            return true;
        }).Check(Config);
}
