using GeneGraph.Diagnostics;
using GeneGraph.Pipeline;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Vault;

namespace GeneGraph.Tests.Vault;

/// <summary>Finding and reading the notes of a vault folder: what cannot be read is reported, the rest is read.</summary>
public class VaultReaderTests
{
    [Fact]
    public void A_note_deleted_between_listing_and_reading_is_reported_and_the_rest_are_read()
    {
        using var vault = new TempVault();
        vault.Write("a.md", LifNote.Text);
        var gone = vault.Write("b.md", LifNote.Text);
        vault.Write("c.md", LifNote.Text);
        var diagnostics = new DiagnosticBag();
        var listed = VaultReader.FindNotes(vault.Root, diagnostics);
        Assert.Equal(3, listed.Count);
        File.Delete(gone); // deleted while the vault is read: after the listing, before the read
        var read = listed.Select(f => VaultReader.Read(f.Path, f.FullPath, diagnostics)).ToList();
        Assert.Null(read[1]);
        Assert.NotNull(read[0]);
        Assert.NotNull(read[2]);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("b.md", DiagnosticCode.UnreadableFile), (d.Path, d.Code));
    }

    [Fact]
    public void A_fifo_named_like_a_note_is_reported_not_waited_on()
    {
        using var vault = new TempVault();
        vault.Write("LIF.md", LifNote.Text);
        vault.WriteFifo("pipe.md");
        var result = VaultGraph.Build(vault.Root);
        var d = Assert.Single(result.Diagnostics.Sorted(), x => x.Code == DiagnosticCode.UnreadableFile);
        Assert.Equal("pipe.md", d.Path);
        Assert.Equal(1, result.GeneNotes);
    }

    [Fact]
    public void Notes_are_listed_in_ordinal_path_order_without_hidden_folders()
    {
        using var vault = new TempVault();
        vault.Write("b/LIF.md", LifNote.Text);
        vault.Write("a/Z.md", "z\n");
        vault.Write("a/B.md", "b\n");
        vault.Write(".obsidian/workspace.md", "hidden\n");
        vault.Write("a/picture.png", "not a note");
        var listed = VaultReader.FindNotes(vault.Root, new DiagnosticBag());
        Assert.Equal(["a/B.md", "a/Z.md", "b/LIF.md"], listed.Select(f => f.Path));
    }
}
