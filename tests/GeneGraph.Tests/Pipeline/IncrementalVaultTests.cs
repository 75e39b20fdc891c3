using System.Text;
using GeneGraph.Diagnostics;
using GeneGraph.Pipeline;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Pipeline;

public sealed class IncrementalVaultTests
{
    public static TheoryData<string> Vaults => new() { "example", "thesis" };

    private static string Folder(string name) => name == "example" ? RepoPaths.ExampleVault() : RepoPaths.ThesisVault();

    /// <summary>The update's graph and diagnostics equal a fresh build of the vault as it is now, byte for byte in every format.</summary>
    private static void AssertSameAsFresh(VaultUpdate update, string root)
    {
        var fresh = VaultGraph.Build(root);
        foreach (var format in new[] { "json", "graphml", "cypher" })
            Assert.Equal(FreshExport.Of(fresh.Graph, format), FreshExport.Of(update.Result.Graph, format));
        Assert.Equal(fresh.Diagnostics.Sorted().Select(d => d.ToString()), update.Result.Diagnostics.Sorted().Select(d => d.ToString()));
        Assert.Equal(fresh.NotesRead, update.Result.NotesRead);
        Assert.Equal(fresh.GeneNotes, update.Result.GeneNotes);
    }

    private static List<string> Notes(string root) =>
        [.. Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(s => s.StartsWith('.')))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Vaults))]
    public void Edits_deletions_and_moves_rebuild_the_same_graph_as_a_fresh_build_reading_only_the_changed_notes(string name)
    {
        using var vault = TempVault.CopyOf(Folder(name));
        var incremental = new IncrementalVault(vault.Root);
        var first = incremental.Update(null);
        AssertSameAsFresh(first, vault.Root);

        var notes = Notes(vault.Root);
        var edited = notes[0];
        var deleted = notes[1];
        var moved = notes[2];
        var movedTo = "Moved here/" + Path.GetFileName(moved);
        File.AppendAllText(Path.Combine(vault.Root, edited), "\n## Added later\n- a line\n");
        File.Delete(Path.Combine(vault.Root, deleted));
        Directory.CreateDirectory(Path.Combine(vault.Root, "Moved here"));
        File.Move(Path.Combine(vault.Root, moved), Path.Combine(vault.Root, movedTo));
        var update = incremental.Update([edited, deleted, moved, "Moved here"]);

        AssertSameAsFresh(update, vault.Root);
        Assert.Equal([edited], update.Changed);
        Assert.Equal([movedTo], update.Added);
        Assert.Equal(new[] { deleted, moved }.Order(StringComparer.Ordinal), update.Removed);
        Assert.Equal(2, update.NotesRead);

        var unchanged = incremental.Update([]);
        Assert.False(unchanged.ChangedAnything);
        Assert.Equal(0, unchanged.NotesRead);
        AssertSameAsFresh(unchanged, vault.Root);
    }

    [Fact]
    public void A_stub_promoted_while_its_folder_held_gene_notes_is_not_kept_a_gene_when_they_go()
    {
        using var vault = new TempVault();
        const string plots = "# Plots\n## sPAP\n![[X0.5_ENSG00000128342_chr22.1.2.png]]\n";
        vault.Write("Genes/LIF.md", plots);
        vault.Write("Genes/EDN1.md", plots.Replace("0.5", "0.6"));
        vault.Write("Genes/ABC1.md", "A stub: no plots yet.\n");
        var incremental = new IncrementalVault(vault.Root);
        var first = incremental.Update(null);
        Assert.Equal(3, first.Result.GeneNotes);
        AssertSameAsFresh(first, vault.Root);

        File.Delete(Path.Combine(vault.Root, "Genes", "EDN1.md"));
        var update = incremental.Update(["Genes/EDN1.md"]);
        Assert.Equal(1, update.Result.GeneNotes);
        AssertSameAsFresh(update, vault.Root);
    }

    [Fact]
    public void A_note_deleted_while_being_read_is_removed_without_a_diagnostic()
    {
        using var vault = TempVault.CopyOf(RepoPaths.ExampleVault());
        var incremental = new IncrementalVault(vault.Root);
        incremental.Update(null);
        const string note = "Genes/LIF.md";
        File.AppendAllText(Path.Combine(vault.Root, note), "\n- edited\n");
        incremental.BeforeRead = path =>
        {
            if (path == note) File.Delete(Path.Combine(vault.Root, note));
        };

        var update = incremental.Update([note]);

        Assert.Equal([note], update.Removed);
        Assert.DoesNotContain(update.Result.Diagnostics.Sorted(), d => d.Code == DiagnosticCode.UnreadableFile);
        AssertSameAsFresh(update, vault.Root);
    }

    [Fact]
    public void A_half_written_note_keeps_its_previous_version_until_it_is_whole_or_declared_broken()
    {
        using var vault = TempVault.CopyOf(RepoPaths.ExampleVault());
        var incremental = new IncrementalVault(vault.Root);
        var first = incremental.Update(null);
        const string note = "Genes/LIF.md";
        var full = Path.Combine(vault.Root, note);
        var whole = Encoding.UTF8.GetBytes(File.ReadAllText(full) + "\n- 2 µm → 3 µm\n");
        var cut = Array.LastIndexOf(whole, (byte)0x86); // inside the three bytes of '→' (E2 86 92)
        File.WriteAllBytes(full, whole[..cut]);

        var half = incremental.Update([note]);
        Assert.Equal([note], half.Waiting);
        Assert.False(half.ChangedAnything);
        Assert.Equal(FreshExport.Of(first.Result.Graph, "json"), FreshExport.Of(half.Result.Graph, "json"));

        var broken = incremental.Update([], acceptUndecodable: true);
        Assert.Empty(broken.Waiting);
        Assert.Equal([note], broken.Changed);
        AssertSameAsFresh(broken, vault.Root);

        File.WriteAllBytes(full, whole);
        var mended = incremental.Update([note]);
        Assert.Equal([note], mended.Changed);
        AssertSameAsFresh(mended, vault.Root);
    }
}
