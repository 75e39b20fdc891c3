using System.Diagnostics;
using System.Text;

namespace GeneGraph.Tests.Cli;

/// <summary>Runs the built <c>genegraph</c> command in a child process, as a user would.</summary>
internal static class GeneGraphProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] arguments) => RunWithEnvironment(new Dictionary<string, string?>(), arguments);

    public static Result RunWithEnvironment(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "GeneGraph.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, stdout, stderr.Result);
    }
}
