using System.Globalization;
using GeneGraph.Diagnostics;

namespace GeneGraph.Cli.Commands;

/// <summary>How much of a vault's diagnostics a command prints.</summary>
internal enum DiagnosticListing
{
    /// <summary>Errors in full, then one line counting the warnings and notes by code (the default).</summary>
    Summary,

    /// <summary>Every diagnostic (<c>check</c>, and any command with <c>--verbose</c>).</summary>
    Full,

    /// <summary>Errors only (<c>--quiet</c>).</summary>
    ErrorsOnly,
}

internal static class DiagnosticPrinter
{
    /// <summary>
    /// Prints diagnostics to stderr compiler-style as <paramref name="listing"/> says and returns the exit code they
    /// call for (a note never fails a run; under <paramref name="strict"/> a warning does, listed or not).
    /// <paramref name="vault"/> is the vault as the user named it, for the summary line.
    /// </summary>
    public static int Print(DiagnosticBag diagnostics, bool strict, TextWriter error, DiagnosticListing listing = DiagnosticListing.Full, string vault = ".")
    {
        var sorted = diagnostics.Sorted();
        foreach (var diagnostic in sorted)
            if (listing == DiagnosticListing.Full || diagnostic.Severity == Severity.Error)
                error.WriteLine(diagnostic.ToString());
        if (listing == DiagnosticListing.Summary && Summary(diagnostics, vault) is { } line)
            error.WriteLine(DiagnosticText.Escape(line));
        var failed = sorted.Any(d => d.Severity == Severity.Error) || (strict && sorted.Any(d => d.Severity == Severity.Warning));
        return failed ? ExitCodes.DiagnosticsFailed : ExitCodes.Success;
    }

    /// <summary>
    /// <c>examples/vault: 3 warnings not listed (2 GG204, 1 GG104); --verbose lists them, as 'genegraph check' does</c>,
    /// or null when there is nothing but errors.
    /// </summary>
    internal static string? Summary(DiagnosticBag diagnostics, string vault)
    {
        var counts = diagnostics.CountsByCode().Where(c => c.Code.DefaultSeverity != Severity.Error).ToList();
        if (counts.Count == 0) return null;
        var warnings = counts.Where(c => c.Code.DefaultSeverity == Severity.Warning).Sum(c => c.Count);
        var notes = counts.Where(c => c.Code.DefaultSeverity == Severity.Note).Sum(c => c.Count);
        var what = string.Join(" and ", new[] { Count(warnings, "warning"), Count(notes, "note") }.Where(s => s.Length > 0));
        var byCode = string.Join(", ", counts.Select(c => $"{c.Count.ToString("N0", CultureInfo.InvariantCulture)} {c.Code.Id}"));
        return $"{vault}: {what} not listed ({byCode}); --verbose lists them, as 'genegraph check' does";
    }

    private static string Count(long n, string noun) =>
        n switch { 0 => "", 1 => $"1 {noun}", _ => $"{n.ToString("N0", CultureInfo.InvariantCulture)} {noun}s" };
}
