using FsCheck;
using FsCheck.Fluent;
using ScopeFn.Oracle.Generators;

namespace ScopeFn.Properties.Core;

/// <summary>
/// What <c>scopefn gen</c> writes, for seeds drawn by FsCheck: ScopeFn running each vector prints
/// exactly what the naming model (the mutable transcription of ops.py, variable_scope.py,
/// func_graph.py and polymorphic_function.py) predicts, and raises exactly when it predicts —
/// graph programs and TF 2.x programs of tf.functions whose init_scope lifts to eager alike.
/// </summary>
public class VectorModelLaws
{
    [Fact]
    public void Generated_vectors_print_what_the_naming_model_predicts() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            foreach (var v in VectorWriter.Generate(seed, 2))
                Assert.True(v.Disagreement is null, $"{v.Name}: {v.Disagreement}\n{v.Script}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));

    [Fact]
    public void Function_programs_print_what_the_naming_model_predicts() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            // The first program of the seed's stream that defines a tf.function.
            var generator = new ProgramGenerator(seed);
            var program = Enumerable.Range(0, 50).Select(_ => generator.Next()).First(p => p.Body.Any(s => s is Stmt.Function));
            var (stdout, errorType) = NamingModel.Expect(program);
            var run = ScopeFn.Oracle.Trace.TraceRunner.Run(PythonWriter.Write(program, []), "vector.py");
            Assert.False(run.Result.IsInternalError, run.Result.ErrorMessage);
            Assert.Equal(stdout, run.Stdout);
            Assert.Equal(errorType, run.Result.Succeeded ? null : run.Result.ErrorType);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
}
