using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Robustness;

/// <summary>
/// Runs the built <c>genegraph</c> in a child process and reads its peak resident memory from the kernel:
/// a python3 parent (python3 is a test requirement already, for networkx) waits for it and prints
/// <c>getrusage(RUSAGE_CHILDREN).ru_maxrss</c>, which counts that one child and nothing else.
/// </summary>
internal static class PeakMemory
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr, long PeakKiB);

    private const string Wrapper =
        "import resource, subprocess, sys\n" +
        "code = subprocess.call(sys.argv[1:])\n" +
        "sys.stderr.write('\\npeak-rss-kib=%d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n" +
        "sys.exit(code)\n";

    public static Result RunCli(params string[] arguments)
    {
        var run = ChildProcess.Run("python3", ["-c", Wrapper, "dotnet", Path.Combine(AppContext.BaseDirectory, "GeneGraph.Cli.dll"), .. arguments]);
        var stderr = run.Stderr;
        var marker = stderr.LastIndexOf("\npeak-rss-kib=", StringComparison.Ordinal);
        Assert.True(marker >= 0, "the python3 wrapper did not report the peak: " + stderr);
        var peak = long.Parse(stderr[(marker + "\npeak-rss-kib=".Length)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return new Result(run.ExitCode, run.Stdout, stderr[..marker], peak);
    }
}
