namespace ScopeFn.Specs.ScriptRuntime;

/// <summary>
/// <c>hash</c> is the same in every run and every process: str, bytes, tuples and ranges hash as
/// CPython 3.11 does under PYTHONHASHSEED=0 (the values below are what it printed), and objects
/// without a value hash by their per-run id, so a run's allocation history cannot change output.
/// </summary>
public class HashDeterminismTests
{
    [Fact]
    public void Value_hashes_are_cpythons_with_hash_randomization_off() => Assert.Equal(
        "6701216868082191801 1325751495290593677 6047309291227476195 -483395623852268653 -3536540696076613844 6148830537548944441 0 " +
        "-3550055125485641917 5740354900026072187 5350091667078189583 -8338477496398685190 -9160968616009628824\n",
        Script.Output("print(hash('scope'), hash('a/b_1'), hash('é'), hash('€x'), hash('😀'), hash(b'ab'), hash(b''), hash((1, 2)), hash(()), " +
                      "hash((1, 'a', (2.5,))), hash(range(3)), hash(range(1, 10, 3)))"));

    [Fact]
    public void Empty_str_hashes_to_zero_and_equal_values_hash_equal() => Assert.Equal(
        "0 True True\n",
        Script.Output("print(hash(''), hash(range(0, 3)) == hash(range(3)), hash((1, 'x')) == hash((1.0, 'x')))"));

    private const string IdentityProgram = """
        def f(v):
            return v
        g = lambda: 0
        o = ValueError('x')
        print(hash(f) == id(f) >> 4, hash(f), hash(g), hash(o), hash(len), hash((f, 'x')))
        print({g, f, o})
        """;

    [Fact]
    public void Identity_hashes_do_not_depend_on_what_the_process_allocated_before()
    {
        var first = Script.Output(IdentityProgram);
        // A different allocation history between the runs: .NET's identity hash codes would differ.
        var garbage = Enumerable.Range(0, 1000).Select(_ => new object()).ToList();
        GC.KeepAlive(garbage);
        var second = Script.Output(IdentityProgram);
        Assert.StartsWith("True ", first);
        Assert.Equal(first, second);
    }
}
