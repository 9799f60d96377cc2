// No namespace: the runtime looks for a type named exactly StartupHook.
/// <summary>
/// Loaded into a <c>scopefn</c> process by <c>DOTNET_STARTUP_HOOKS</c> (the runtime looks for this
/// exact type name, outside any namespace) in <see cref="ScopeFn.Specs.ColdStart.ClassInstanceScanSpecs"/>'s
/// control run: it runs LanguageExt's class-instance scan before the script starts.
/// </summary>
internal static class StartupHook
{
    public static void Initialize() => LanguageExt.ClassInstances.ClassInstancesAssembly.Initialise();
}
