using System.Text;
using System.Text.Json;
using GeneGraph.Diagnostics;
using GeneGraph.Pipeline;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Vault;

namespace GeneGraph.Tests.Pipeline;

/// <summary>
/// The note cache's binary form of a note's facts: read back, every note of the real vaults gives the facts and
/// diagnostics it was written from, every public property compared (so a property added to the facts and not to the
/// codec fails here), and damage is refused rather than read as other facts.
/// </summary>
public sealed class NoteFactsCodecTests
{
    private static IEnumerable<(string Path, string Text)> Notes()
    {
        foreach (var vault in new[] { RepoPaths.ThesisVault(), RepoPaths.ExampleVault() })
        {
            var bag = new DiagnosticBag();
            foreach (var found in VaultReader.FindNotes(vault, bag))
                if (VaultReader.Read(found.Path, found.FullPath, bag) is { } file) yield return (file.Path, file.Text);
        }
        yield return ("seed/LIF.md", LifNote.Text);
    }

    private static byte[] Encode(GeneGraph.Extraction.NoteFacts facts, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true)) NoteFactsCodec.Write(writer, facts, diagnostics);
        return buffer.ToArray();
    }

    [Fact]
    public void Every_note_of_the_real_vaults_reads_back_as_the_facts_and_diagnostics_it_was_written_from()
    {
        var notes = 0;
        foreach (var (path, text) in Notes())
        {
            var diagnostics = new DiagnosticBag();
            var facts = VaultGraph.ExtractNote(path, text, diagnostics);
            var bytes = Encode(facts, diagnostics.Sorted());
            using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            var (read, readDiagnostics) = NoteFactsCodec.Read(reader);
            Assert.Equal(bytes.Length, reader.BaseStream.Position);
            Assert.Equal(JsonSerializer.Serialize(facts), JsonSerializer.Serialize(read));
            Assert.Equal(diagnostics.Sorted(), readDiagnostics);
            notes++;
        }
        Assert.True(notes > 50, $"only {notes} notes read");
    }

    [Fact]
    public void A_cut_entry_is_refused_not_read_as_other_facts()
    {
        var diagnostics = new DiagnosticBag();
        var facts = VaultGraph.ExtractNote("Genes/LIF.md", LifNote.Text, diagnostics);
        var bytes = Encode(facts, diagnostics.Sorted());
        for (var cut = 0; cut < bytes.Length; cut += 7)
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, cut), Encoding.UTF8);
            var refused = Assert.ThrowsAny<Exception>(() => NoteFactsCodec.Read(reader));
            Assert.True(refused is EndOfStreamException or InvalidDataException, $"cut at {cut}: {refused}");
        }
    }
}
