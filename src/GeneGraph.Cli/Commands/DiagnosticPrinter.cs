using GeneGraph.Diagnostics;

namespace GeneGraph.Cli.Commands;

internal static class DiagnosticPrinter
{
    /// <summary>Prints diagnostics to stderr compiler-style and returns the exit code they call for (a note never fails a run).</summary>
    public static int Print(DiagnosticBag diagnostics, bool strict, TextWriter error)
    {
        var sorted = diagnostics.Sorted();
        foreach (var diagnostic in sorted)
            error.WriteLine(diagnostic.ToString());
        var failed = sorted.Any(d => d.Severity == Severity.Error) || (strict && sorted.Any(d => d.Severity == Severity.Warning));
        return failed ? ExitCodes.DiagnosticsFailed : ExitCodes.Success;
    }
}
