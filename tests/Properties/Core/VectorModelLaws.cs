using FsCheck;
using FsCheck.Fluent;
using ScopeFn.Oracle.Generators;
using ScopeFn.Oracle.Trace;

namespace ScopeFn.Properties.Core;

/// <summary>
/// The programs <c>scopefn gen</c> writes, drawn here through FsCheck: ScopeFn running the script
/// prints exactly what the naming model (a mutable transcription of ops.py and variable_scope.py)
/// predicts, and raises exactly when it predicts.
/// </summary>
public class VectorModelLaws
{
    [Fact]
    public void Scripts_print_what_the_naming_model_predicts() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var program = new ProgramGenerator(seed).Next();
            var (stdout, errorType) = NamingModel.Expect(program);
            var run = TraceRunner.Run(PythonWriter.Write(program, []), "vector.py");
            return run.Stdout == stdout && (run.Result.Succeeded ? null : run.Result.ErrorType) == errorType;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));
}
