using FsCheck;
using FsCheck.Fluent;
using LanguageExt;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Properties.Core;

/// <summary>The state monad runs long programs in constant stack (issue 2: programs of 10⁶ steps).</summary>
public class MonadLaws
{
    private const int Steps = 1_000_000;

    private static readonly Tf<int> Increment = Tf.Of<int>((w, _) => ScopeFn.Core.Monad.Result.Ok(w with { LastGraphId = w.LastGraphId + 1 }, w.LastGraphId + 1));

    [Fact]
    public void Left_nested_binds_are_stack_safe()
    {
        var program = Tf.Pure(0);
        for (var i = 0; i < Steps; i++) program = program.SelectMany(_ => Increment);
        var r = program.Run(World.Empty);
        Assert.Equal(Steps, r.Value);
        Assert.Equal(Steps, r.World.LastGraphId);
    }

    [Fact]
    public void Right_nested_recursion_is_stack_safe()
    {
        static Tf<int> Loop(int n) => n == 0 ? Tf.Pure(0) : Increment.SelectMany(_ => Loop(n - 1));
        var r = Loop(Steps).Run(World.Empty);
        Assert.Equal(Steps, r.World.LastGraphId);
    }

    [Fact]
    public void A_failure_stops_the_program_and_keeps_the_world_it_reached()
    {
        var program =
            from a in Increment
            from b in Tf.Fail<int>(new ScopeFn.Core.Errors.ValueError("stop"))
            from c in Increment
            select c;
        var r = program.Run(World.Empty);
        Assert.Equal("stop", r.Error!.Message);
        Assert.Equal(1, r.World.LastGraphId);
    }

    [Fact]
    public void Left_nested_maps_are_stack_safe()
    {
        var program = Increment;
        for (var i = 0; i < Steps; i++) program = program.Select(x => x + 1);
        var r = program.Run(World.Empty);
        Assert.Equal(Steps + 1, r.Value);
        Assert.Equal(1, r.World.LastGraphId);
    }

    /// <summary>One instruction of a random program: map the value, bind a step, or bind a nested program.</summary>
    public sealed record Instr(int Kind, int K, Instr[] Nested);

    private static Gen<Instr[]> Program(int depth) =>
        (from kind in Gen.Choose(0, depth > 0 ? 3 : 2)
         from k in Gen.Choose(-5, 5)
         from nested in kind == 3 ? Program(depth - 1) : Gen.Constant(Array.Empty<Instr>())
         select new Instr(kind, k, nested)).ArrayOf();

    // Kind 0: value + k; 1: bind Increment then add k; 2: bind a fresh Pure; 3: bind a nested program.
    private static Tf<int> Build(Tf<int> start, Instr[] instrs)
    {
        var p = start;
        foreach (var ins in instrs)
            p = ins.Kind switch
            {
                0 => p.Select(x => x + ins.K),
                1 => p.SelectMany(x => Increment.Select(y => x + y + ins.K)),
                2 => p.SelectMany(x => Tf.Pure(x * 2 + ins.K)),
                _ => p.SelectMany(x => Build(Tf.Pure(x), ins.Nested)),
            };
        return p;
    }

    // The meaning of a program, computed directly: (value, increments performed).
    private static (int Value, int Steps) Direct(int start, int steps, Instr[] instrs)
    {
        foreach (var ins in instrs)
            (start, steps) = ins.Kind switch
            {
                0 => (start + ins.K, steps),
                1 => (start + steps + 1 + ins.K, steps + 1),
                2 => (start * 2 + ins.K, steps),
                _ => Direct(start, steps, ins.Nested),
            };
        return (start, steps);
    }

    [Fact]
    public void The_trampoline_agrees_with_direct_evaluation()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Program(3).ToArbitrary(), instrs =>
        {
            var r = Build(Tf.Pure(0), instrs).Run(World.Empty);
            var (value, steps) = Direct(0, 0, instrs);
            return r.Error is null && r.Value == value && r.World.LastGraphId == steps;
        }));
    }
}
