using GeneGraph.Diagnostics;
using GeneGraph.Extraction;

namespace GeneGraph.Graph;

/// <summary>
/// Which Ensembl gene each gene note is about (the id most of its plots name, the first on a tie), and the
/// reverse map, so a plot that names another note's gene is linked to that gene rather than to its own note.
/// </summary>
internal sealed class EnsemblIndex
{
    private readonly Dictionary<string, string> _ensemblByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _symbolByEnsembl = new(StringComparer.Ordinal);

    public static EnsemblIndex Build(IReadOnlyList<NoteFacts> notes, DiagnosticBag diagnostics)
    {
        var index = new EnsemblIndex();
        foreach (var note in notes.Where(n => n.IsGeneNote && n.Plots.Count > 0))
        {
            var ensembl = note.Plots
                .GroupBy(p => p.Name.EnsemblId, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .First().Key;
            index._ensemblByPath[note.Path] = ensembl;
            if (index._symbolByEnsembl.TryGetValue(ensembl, out var other) && other != note.Symbol!.Value)
                diagnostics.Report(note.Path, note.Plots[0].Line, DiagnosticCode.EnsemblIdClaimedTwice,
                    $"{ensembl} is the gene of this note ({note.Symbol.Value}) and of {other}; plots naming it are linked to {other}");
            else
                index._symbolByEnsembl[ensembl] = note.Symbol!.Value;
        }
        return index;
    }

    public string? EnsemblOf(string notePath) => _ensemblByPath.GetValueOrDefault(notePath);

    public string? SymbolOf(string ensemblId) => _symbolByEnsembl.GetValueOrDefault(ensemblId);
}
