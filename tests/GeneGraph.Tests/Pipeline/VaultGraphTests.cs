using GeneGraph.Diagnostics;
using GeneGraph.Graph;
using GeneGraph.Pipeline;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Vault;
using GeneGraph.Writers;

namespace GeneGraph.Tests.Pipeline;

/// <summary>One pipeline, two entries: a vault folder on disk, and notes given in memory.</summary>
public class VaultGraphTests
{
    [Fact]
    public void Notes_given_in_memory_make_the_graph_and_diagnostics_of_the_same_notes_on_disk()
    {
        var folder = RepoPaths.ExampleVault();
        var fromDisk = VaultGraph.Build(folder);
        var notes = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part.StartsWith('.')))
            .OrderDescending(StringComparer.Ordinal) // any order: notes are merged in path order
            .Select(p => new VaultFile(p, File.ReadAllText(Path.Combine(folder, p))))
            .ToList();

        var inMemory = VaultGraph.Build(notes, new DiagnosticBag());

        Assert.Equal(fromDisk.NotesRead, inMemory.NotesRead);
        Assert.Equal(fromDisk.GeneNotes, inMemory.GeneNotes);
        Assert.Equal(Json(fromDisk.Graph), Json(inMemory.Graph));
        Assert.Equal(fromDisk.Diagnostics.Sorted(), inMemory.Diagnostics.Sorted());
    }

    [Fact]
    public void Stubs_are_promoted_in_memory_as_on_disk()
    {
        var (graph, facts, _) = TestNotes.Build(
            (TestNotes.GeneDump + "LIF.md", LifNote.Text),
            (TestNotes.GeneDump + "MYC.md", "### GeneCards Summary for MYC Gene\n"),
            (TestNotes.GeneDump + "ICAM4.md", "Weak separation.\n"));
        Assert.Equal("ICAM4", facts.Single(f => f.Path.EndsWith("ICAM4.md", StringComparison.Ordinal)).Symbol?.Value);
        Assert.NotNull(graph.FindNode(NodeLabel.Gene, "ICAM4"));
    }

    [Fact]
    public void A_note_nested_too_deeply_is_reported_and_the_others_are_read()
    {
        var diagnostics = new DiagnosticBag();
        var result = VaultGraph.Build(
            [new VaultFile("Genes/DEEP.md", string.Concat(Enumerable.Repeat("> ", 200)) + "x\n"), new VaultFile("Genes/LIF.md", LifNote.Text)],
            diagnostics);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("Genes/DEEP.md", 0, DiagnosticCode.NestedTooDeeply), (d.Path, d.Line, d.Code));
        Assert.StartsWith("the note is not read: ", d.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.NotesRead);
        Assert.Equal(1, result.GeneNotes);
        Assert.NotNull(result.Graph.FindNode(NodeLabel.Gene, "LIF"));
    }

    private static byte[] Json(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        new JsonGraphWriter().Write(graph, stream);
        return stream.ToArray();
    }
}
