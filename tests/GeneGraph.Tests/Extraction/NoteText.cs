using GeneGraph.Diagnostics;
using GeneGraph.Extraction;
using GeneGraph.Pipeline;

namespace GeneGraph.Tests.Extraction;

/// <summary>Extracts facts from note text in memory, with its diagnostics.</summary>
internal static class NoteText
{
    public static (GeneNoteFacts Facts, IReadOnlyList<Diagnostic> Diagnostics) Extract(string text, string path = "Genes/TEST.md")
    {
        var diagnostics = new DiagnosticBag();
        var facts = VaultGraph.ExtractNote(path, text, diagnostics);
        return (facts, diagnostics.Sorted());
    }
}
