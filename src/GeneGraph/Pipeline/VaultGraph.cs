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
    /// <remarks>
    /// Markdig refuses text nested deeper than <see cref="Markdig.MarkdownPipeline.MaximumNestingDepth"/> levels
    /// (its guard against stack overflow) with an <see cref="ArgumentException"/>; such a note is reported (GG003)
    /// and yields no facts, and the other notes are read on.
    /// </remarks>
    public static GeneNoteFacts ExtractNote(string path, string text, DiagnosticBag diagnostics)
    {
        Note note;
        try
        {
            note = NoteParser.Parse(path, text);
        }
        catch (ArgumentException e) when (e.TargetSite?.DeclaringType?.Assembly == typeof(Markdig.Markdown).Assembly)
        {
            diagnostics.Report(path, 0, DiagnosticCode.NestedTooDeeply,
                $"the note is not read: {e.Message.TrimEnd('.')} (more than {NoteParser.Pipeline.MaximumNestingDepth} levels)");
            return new GeneNoteFacts { Path = path };
        }
        return NoteExtractor.Extract(note, diagnostics);
    }

    private static GeneNoteFacts? ReadNote(string path, string fullPath, DiagnosticBag diagnostics)
    {
        var file = VaultReader.Read(path, fullPath, diagnostics);
        return file is null ? null : ExtractNote(file.Path, file.Text, diagnostics);
    }
}
