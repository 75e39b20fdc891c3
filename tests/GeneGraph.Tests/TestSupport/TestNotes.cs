using GeneGraph.Diagnostics;
using GeneGraph.Extraction;
using GeneGraph.Graph;
using GeneGraph.Pipeline;
using GeneGraph.Vault;

namespace GeneGraph.Tests.TestSupport;

/// <summary>Notes written in a test, run through the pipeline in memory: one note's facts, or a vault's graph.</summary>
internal static class TestNotes
{
    public const string GeneDump = "LiteratureResearch/GeneDump/";

    /// <summary>One note parsed and extracted (no stub promotion, no graph), with its diagnostics in order.</summary>
    public static (NoteFacts Facts, IReadOnlyList<Diagnostic> Diagnostics) Extract(string text, string path = GeneDump + "LIF.md")
    {
        var diagnostics = new DiagnosticBag();
        var facts = VaultGraph.ExtractNote(path, text, diagnostics);
        return (facts, diagnostics.Sorted());
    }

    /// <summary>The notes as a vault, through the whole pipeline (<see cref="VaultGraph"/>), with its diagnostics in order.</summary>
    public static (KnowledgeGraph Graph, IReadOnlyList<NoteFacts> Facts, IReadOnlyList<Diagnostic> Diagnostics) Build(params (string Path, string Text)[] notes)
    {
        var result = VaultGraph.Build(notes.Select(n => new VaultFile(n.Path, n.Text)), new DiagnosticBag());
        return (result.Graph, result.Notes, result.Diagnostics.Sorted());
    }

    /// <summary>A plot embed line for r, gene and locus, in make.names() form.</summary>
    public static string Plot(string r, string ensembl = "ENSG00000128342", string locus = "chr22.30247659.30247698") =>
        $"![[X{r}_{ensembl}_{locus}.png]]";
}
