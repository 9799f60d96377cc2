namespace ScopeFn.Cli.Commands;

internal static class GenCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("usage: scopefn gen --seed S --count N --out DIR");
        return 2;
    }
}
