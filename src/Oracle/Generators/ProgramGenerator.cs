namespace ScopeFn.Oracle.Generators;

/// <summary>
/// Random scope programs, deterministic for a seed (System.Random's seeded sequence is fixed).
/// Names come from a small colliding alphabet (case variants, explicit <c>_1</c> suffixes) so
/// uniquification, reuse checks and default-name counters are exercised, as in the property tests.
/// </summary>
public sealed class ProgramGenerator
{
    public static readonly string[] Names = ["a", "A", "b", "a_1", "c"];
    public static readonly string[] InvalidNames = ["-a", "a b", "a!", "/a"];

    private readonly Random random;
    private int tensors;
    private int nameScopes;
    private int variableScopes;

    public ProgramGenerator(int seed) => random = new Random(seed);

    public ScopeProgram Next(int size = 12)
    {
        tensors = nameScopes = variableScopes = 0;
        var body = Block(size);
        var invalid = random.Next(5) == 0 ? InvalidNames[random.Next(InvalidNames.Length)] : null;
        return new ScopeProgram(body, invalid);
    }

    private string Name() => Names[random.Next(Names.Length)];
    private string? OptionalName() => random.Next(6) == 0 ? null : Name();

    private ReuseArg Reuse() => (ReuseArg)random.Next(4);

    private Stmt[] Block(int size)
    {
        var count = random.Next(1, Math.Max(2, Math.Min(size, 6)));
        var block = new List<Stmt>();
        for (var i = 0; i < count; i++) block.Add(Statement(size / 2));
        return block.ToArray();
    }

    private Stmt Statement(int size)
    {
        if (size <= 1) return Leaf();
        var (choice, total) = (random.Next(26), 26);
        _ = total;
        switch (choice)
        {
            case < 8: return Leaf();
            case < 11: return new Stmt.NameScope(OptionalName(), Scoped(size, () => nameScopes++));
            case < 12 when nameScopes > 0: return new Stmt.ReenterNameScope(random.Next(nameScopes), Scoped(size, () => nameScopes++));
            case < 14 when tensors > 0:
                {
                    var inputs = Enumerable.Range(0, random.Next(1, 3)).Select(_ => random.Next(tensors)).ToArray();
                    return new Stmt.ControlDependencies(inputs, Block(size - 1));
                }
            case < 15: return new Stmt.NoControlDependencies(Block(size - 1));
            case < 16: return new Stmt.InitScope(Block(size - 1));
            case < 20:
                {
                    var (name, reuse, aux) = (Name(), Reuse(), random.Next(4) != 0);
                    return new Stmt.VariableScope(name, reuse, aux, Scoped(size, () => variableScopes++));
                }
            case < 22: return new Stmt.DefaultVariableScope(Name(), Scoped(size, () => variableScopes++));
            case < 24 when variableScopes > 0:
                {
                    var (captured, reuse) = (random.Next(variableScopes), Reuse());
                    return new Stmt.ReenterVariableScope(captured, reuse, Scoped(size, () => variableScopes++));
                }
            case < 26: return new Stmt.Raises(Block(size - 1));
            default: return Leaf();
        }
    }

    /// <summary>A block entered under a new captured scope: the capture is numbered before the body's own.</summary>
    private Stmt[] Scoped(int size, Action capture)
    {
        capture();
        return Block(size - 1);
    }

    private Stmt Leaf()
    {
        switch (random.Next(tensors > 0 ? 5 : 4))
        {
            case 0: tensors++; return new Stmt.Const(OptionalName());
            case 1: return new Stmt.GetVariable(Name());
            case 2: return new Stmt.GetVariable(Name());
            case 3: return new Stmt.TfVariable(Name());
            default:
                {
                    var input = random.Next(tensors);
                    tensors++;
                    return new Stmt.Identity(OptionalName(), input);
                }
        }
    }
}
