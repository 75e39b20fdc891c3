using System.Reflection;
using GeneGraph.Diagnostics;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Diagnostics;

public class DiagnosticCodeTests
{
    private static IReadOnlyList<DiagnosticCode> Declared() =>
        typeof(DiagnosticCode).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .ToList();

    [Fact]
    public void Every_code_is_unique()
    {
        var ids = Declared().Select(c => c.Id).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Docs_diagnostics_lists_every_code_with_its_severity()
    {
        var rows = File.ReadAllLines(Path.Combine(RepoPaths.RepoRoot(), "docs", "diagnostics.md"))
            .Where(l => l.StartsWith("| GG", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1], cells => cells[2], StringComparer.Ordinal);
        var declared = Declared();
        Assert.Equal(declared.Select(c => c.Id).Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var code in declared)
            Assert.Equal(code.DefaultSeverity switch { Severity.Error => "error", Severity.Note => "note", _ => "warning" }, rows[code.Id]);
    }
}
