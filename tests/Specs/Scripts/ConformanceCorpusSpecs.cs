using ScopeFn.Oracle.Corpus;

namespace ScopeFn.Specs.Scripts;

/// <summary>
/// Every scenario in tests/conformance and examples/ passes <c>scopefn check</c>: its output equals
/// its <c>.out</c> or its error matches <c># expect-error:</c>; each cites its TensorFlow source.
/// </summary>
public class ConformanceCorpusSpecs
{
    public static TheoryData<string> Scenarios()
    {
        var root = RepositoryRoot();
        var data = new TheoryData<string>();
        foreach (var file in CorpusRunner.Find([Path.Combine(root, "tests", "conformance"), Path.Combine(root, "examples")]))
            data.Add(Path.GetRelativePath(root, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_matches_tensorflow(string relativePath)
    {
        var verdict = CorpusRunner.Check(Scenario.Load(Path.Combine(RepositoryRoot(), relativePath)));
        Assert.True(verdict.Passed, verdict.Reason);
    }

    [Fact] // the runner fails what it should: wrong output, missing source, wrong error
    public void Runner_rejects_wrong_scenarios()
    {
        var dir = Directory.CreateTempSubdirectory("scopefn-corpus").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.py"), "# source: test\nimport tensorflow.compat.v1 as tf\ntf.disable_eager_execution()\nprint(tf.constant(1.0).op.name)\n");
            File.WriteAllText(Path.Combine(dir, "a.out"), "Konst\n");
            File.WriteAllText(Path.Combine(dir, "b.py"), "print(1)\n");
            File.WriteAllText(Path.Combine(dir, "b.out"), "1\n");
            File.WriteAllText(Path.Combine(dir, "c.py"), "# source: test\n# expect-error: TypeError: nope\nraise ValueError('boom')\n");
            var verdicts = CorpusRunner.Find([dir]).Select(f => CorpusRunner.Check(Scenario.Load(f))).ToList();
            Assert.All(verdicts, v => Assert.False(v.Passed));
            Assert.Equal("line 1: expected «Konst», got «Const»", verdicts[0].Reason);
            Assert.StartsWith("no '# source:' line", verdicts[1].Reason);
            Assert.Equal("expected TypeError: nope, got ValueError: boom", verdicts[2].Reason);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScopeFn.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("ScopeFn.sln not found above " + AppContext.BaseDirectory);
    }
}
