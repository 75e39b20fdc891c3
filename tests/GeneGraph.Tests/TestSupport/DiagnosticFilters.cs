using GeneGraph.Diagnostics;

namespace GeneGraph.Tests.TestSupport;

/// <summary>What tests ask of a list of diagnostics.</summary>
internal static class DiagnosticFilters
{
    public static IReadOnlyList<string> Codes(this IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.Code.Id).ToList();

    public static IReadOnlyList<Diagnostic> WithCode(this IEnumerable<Diagnostic> diagnostics, DiagnosticCode code) =>
        diagnostics.Where(d => d.Code == code).ToList();
}
