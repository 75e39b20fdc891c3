using GeneGraph.Diagnostics;
using GeneGraph.Extraction;
using GeneGraph.Graph;
using GeneGraph.Pipeline;

namespace GeneGraph.Tests.TestSupport;

/// <summary>Builds facts and graphs from in-memory notes.</summary>
internal static class TestNotes
{
    public const string GeneDump = "LiteratureResearch/GeneDump/";

    public static (GeneNoteFacts Facts, DiagnosticBag Diagnostics) Extract(string text, string path = GeneDump + "LIF.md")
    {
        var diagnostics = new DiagnosticBag();
        return (VaultGraph.ExtractNote(path, text, diagnostics), diagnostics);
    }

    public static (KnowledgeGraph Graph, IReadOnlyList<GeneNoteFacts> Facts, DiagnosticBag Diagnostics) Build(params (string Path, string Text)[] notes)
    {
        var diagnostics = new DiagnosticBag();
        var facts = notes.Select(n => VaultGraph.ExtractNote(n.Path, n.Text, diagnostics)).ToList();
        NoteExtractor.PromoteStubs(facts);
        var graph = new GraphBuilder(diagnostics).Build(facts);
        return (graph, facts, diagnostics);
    }

    public static IReadOnlyList<string> Codes(this DiagnosticBag diagnostics) =>
        diagnostics.Sorted().Select(d => d.Code.Id).ToList();

    public static IReadOnlyList<Diagnostic> WithCode(this DiagnosticBag diagnostics, DiagnosticCode code) =>
        diagnostics.Sorted().Where(d => d.Code == code).ToList();

    /// <summary>A plot embed line for r, gene and locus, in make.names() form.</summary>
    public static string Plot(string r, string ensembl = "ENSG00000128342", string locus = "chr22.30247659.30247698") =>
        $"![[X{r}_{ensembl}_{locus}.png]]";
}

/// <summary>Where the shared folder (docs, seed, corpora) lives: ../shared next to the repository root.</summary>
internal static class RepoPaths
{
    public static string? RepoRoot => SharedFolder.RepoRoot();

    public static string? Shared(params string[] parts)
    {
        if (RepoRoot is not { } root) return null;
        return Path.GetFullPath(Path.Combine([root, "..", "shared", .. parts]));
    }
}
