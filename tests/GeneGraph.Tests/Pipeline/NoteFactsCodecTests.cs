using System.Text;
using System.Text.Json;
using GeneGraph.Diagnostics;
using GeneGraph.Extraction;
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

    private static byte[] Encode(NoteFacts facts, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true)) NoteFactsCodec.Write(writer, facts, diagnostics);
        return buffer.ToArray();
    }

    [Fact]
    public void Every_note_of_the_real_vaults_reads_back_as_the_facts_and_diagnostics_it_was_written_from()
    {
        var notes = 0;
        var strings = new SharedStrings(); // one for every note, as a cache read shares them
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
            using var sharing = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), Encoding.UTF8);
            var (shared, sharedDiagnostics) = NoteFactsCodec.Read(sharing, strings);
            Assert.Equal(bytes.Length, sharing.BaseStream.Position);
            Assert.Equal(JsonSerializer.Serialize(facts), JsonSerializer.Serialize(shared));
            Assert.Equal(diagnostics.Sorted(), sharedDiagnostics);
            notes++;
        }
        Assert.True(notes > 50, $"only {notes} notes read");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_cut_entry_is_refused_not_read_as_other_facts(bool sharingStrings)
    {
        var diagnostics = new DiagnosticBag();
        var facts = VaultGraph.ExtractNote("Genes/LIF.md", LifNote.Text, diagnostics);
        var bytes = Encode(facts, diagnostics.Sorted());
        for (var cut = 0; cut < bytes.Length; cut += 7)
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, cut, writable: false, publiclyVisible: sharingStrings), Encoding.UTF8);
            var refused = Assert.ThrowsAny<Exception>(() => NoteFactsCodec.Read(reader, sharingStrings ? new SharedStrings() : null));
            Assert.True(refused is EndOfStreamException or InvalidDataException, $"cut at {cut}: {refused}");
        }
    }

    [Fact]
    public void Entries_read_with_one_set_of_shared_strings_hold_one_instance_of_each_repeated_string()
    {
        var strings = new SharedStrings();
        var facts = VaultGraph.ExtractNote("Genes/LIF.md", LifNote.Text, new DiagnosticBag());
        var bytes = Encode(facts, []);
        NoteFacts Read() => NoteFactsCodec.Read(new BinaryReader(new MemoryStream(bytes, 0, bytes.Length, false, true), Encoding.UTF8), strings).Facts;
        var (a, b) = (Read(), Read());

        Assert.Same(a.Plots[0].Trait.Value, b.Plots[0].Trait.Value);
        Assert.Same(a.Plots[0].Name.EnsemblId, b.Plots[0].Name.EnsemblId);
        Assert.Same(a.Plots[0].Name.Locus.Chrom, a.Plots[1].Name.Locus.Chrom);
        Assert.Same(a.Claims[0].Claim, b.Claims[0].Claim);
        Assert.Same(a.Claims[0].Url, b.Claims[0].Url);
        foreach (var (x, y) in a.GeneCards!.Diseases.Concat(a.GeneCards.Pathways).Zip(b.GeneCards!.Diseases.Concat(b.GeneCards.Pathways)))
        {
            Assert.Same(x.Key, y.Key);
            Assert.Same(x.Name, y.Name);
        }
        Assert.NotSame(a.NcbiSummary!.Value, b.NcbiSummary!.Value); // a note's own text is not kept in the index
        Assert.Equal(a.NcbiSummary.Value, b.NcbiSummary.Value);
    }
}
