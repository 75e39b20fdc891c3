using GeneGraph.Diagnostics;
using GeneGraph.Extraction;
using GeneGraph.Graph;

namespace GeneGraph.Pipeline;

/// <summary>What reading a vault produced: the graph, the facts of each note, and the diagnostics.</summary>
public sealed record VaultGraphResult(KnowledgeGraph Graph, IReadOnlyList<NoteFacts> Notes, DiagnosticBag Diagnostics)
{
    public int NotesRead => Notes.Count;

    public int GeneNotes => Notes.Count(n => n.IsGeneNote);

    /// <summary>The Gene ids of the vault's gene notes: the default background of enrichment.</summary>
    public IEnumerable<string> GeneNoteKeys => Notes.Where(n => n.IsGeneNote).Select(n => n.Symbol!.Value).Distinct(StringComparer.Ordinal);
}
