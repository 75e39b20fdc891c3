using GeneGraph.Diagnostics;
using GeneGraph.Extraction;
using GeneGraph.Graph;
using GeneGraph.Notes;
using GeneGraph.Vault;

namespace GeneGraph.Pipeline;

/// <summary>What reading a vault produced: the graph, the facts of each note, and the diagnostics.</summary>
public sealed record VaultGraphResult(KnowledgeGraph Graph, IReadOnlyList<GeneNoteFacts> Notes, DiagnosticBag Diagnostics)
{
    public int NotesRead => Notes.Count;

    public int GeneNotes => Notes.Count(n => n.IsGeneNote);
}

/// <summary>The whole path: vault → notes (Markdig) → facts → graph. Notes are parsed in parallel, merged in path order.</summary>
public static class VaultGraph
{
    public static VaultGraphResult Build(string vaultFolder, DiagnosticBag? diagnostics = null, IProgress<int>? progress = null)
    {
        diagnostics ??= new DiagnosticBag();
        var files = VaultReader.FindNotes(vaultFolder, diagnostics);
        var done = 0;
        var facts = files
            .AsParallel().AsOrdered()
            .Select(f =>
            {
                var result = ReadNote(f.Path, f.FullPath, diagnostics);
                progress?.Report(Interlocked.Increment(ref done));
                return result;
            })
            .Where(f => f is not null)
            .Select(f => f!)
            .ToList();
        NoteExtractor.PromoteStubs(facts);
        var graph = new GraphBuilder(diagnostics).Build(facts);
        return new VaultGraphResult(graph, facts, diagnostics);
    }

    /// <summary>One note in memory (the same path as <see cref="Build"/>, without the disk).</summary>
    public static GeneNoteFacts ExtractNote(string path, string text, DiagnosticBag diagnostics) =>
        NoteExtractor.Extract(NoteParser.Parse(path, text), diagnostics);

    private static GeneNoteFacts? ReadNote(string path, string fullPath, DiagnosticBag diagnostics)
    {
        var file = VaultReader.Read(path, fullPath, diagnostics);
        return file is null ? null : ExtractNote(file.Path, file.Text, diagnostics);
    }
}
