namespace GeneGraph.Tests.TestSupport;

/// <summary>Runs the built <c>genegraph</c> command in a child process, as a user would.</summary>
internal static class GeneGraphProcess
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "GeneGraph.Cli.dll");

    public static ChildProcess.Result Run(params string[] arguments) => RunWithEnvironment(new Dictionary<string, string?>(), arguments);

    /// <summary>Runs the command in <paramref name="workingDirectory"/>, for command lines with relative paths.</summary>
    public static ChildProcess.Result RunIn(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        ChildProcess.Run("dotnet", [Cli, .. arguments], environment, workingDirectory);

    public static ChildProcess.Result RunWithEnvironment(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        ChildProcess.Run("dotnet", [Cli, .. arguments], environment);

    public static Task<ChildProcess.Result> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        ChildProcess.RunAsync("dotnet", [Cli, .. arguments], environment);

    /// <summary>Starts the command and returns while it runs (for <c>watch</c>).</summary>
    public static RunningProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        RunningProcess.Start("dotnet", [Cli, .. arguments], environment);
}
