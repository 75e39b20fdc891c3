using System.Diagnostics;
using System.Text;

namespace GeneGraph.Tests.TestSupport;

/// <summary>Runs a program to its end and returns its exit code and both outputs (read concurrently, so neither can block).</summary>
internal static class ChildProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        var start = StartInfo(program, arguments, environment, input: false);
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>
    /// <see cref="Run"/> without holding a thread while the program runs: a test whose fake server answers on the
    /// thread pool must not block a pool thread waiting for the client it serves (on 2 cores that starves the server).
    /// <paramref name="input"/>, when given, is written to the program's standard input, which is then closed.
    /// </summary>
    public static async Task<Result> RunAsync(
        string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? input = null)
    {
        using var process = Process.Start(StartInfo(program, arguments, environment, input is not null))!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    private static ProcessStartInfo StartInfo(
        string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment, bool input)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = input,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>()) start.Environment[name] = value;
        return start;
    }
}
