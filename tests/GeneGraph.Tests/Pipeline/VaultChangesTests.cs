using GeneGraph.Pipeline;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Pipeline;

public sealed class VaultChangesTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500), AtMost = TimeSpan.FromSeconds(20), Settle = TimeSpan.FromMinutes(2);

    /// <summary>Batches until every path in <paramref name="expected"/> was reported (or events were lost: null, "re-read all").</summary>
    private static async Task<List<IReadOnlySet<string>?>> BatchesUntil(VaultChanges changes, IReadOnlyCollection<string> expected)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(Settle);
        var batches = new List<IReadOnlySet<string>?>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // A folder path stands for everything below it: inotify reports the files of a folder made in a burst only
        // once the watch on the new folder is set, which on a loaded machine can come after they were written.
        bool Covered(string path) => seen.Contains(path) || seen.Any(folder => path.StartsWith(folder + "/", StringComparison.Ordinal));
        while (!expected.All(Covered))
        {
            var batch = await changes.NextAsync(Quiet, AtMost, null, limit.Token);
            batches.Add(batch);
            if (batch is null) break;
            seen.UnionWith(batch);
        }
        return batches;
    }

    [Fact]
    public async Task A_burst_of_500_notes_arrives_in_a_few_batches()
    {
        using var vault = new TempVault();
        using var changes = new VaultChanges(vault.Root);
        var text = File.ReadAllText(Path.Combine(RepoPaths.ExampleVault(), "Genes", "LIF.md"));
        var paths = Enumerable.Range(0, 500).Select(i => $"Burst/G{i:000}.md").ToList();
        foreach (var path in paths) vault.Write(path, text);

        var batches = await BatchesUntil(changes, paths);

        Assert.InRange(batches.Count, 1, 25); // 500 files, one update or a few (a loaded machine may pause mid-burst)
    }

    [Fact]
    public async Task An_Obsidian_save_arrives_as_the_note_it_replaced_and_hidden_files_and_plots_are_ignored()
    {
        using var vault = TempVault.CopyOf(RepoPaths.ExampleVault());
        using var changes = new VaultChanges(vault.Root);
        var note = Path.Combine(vault.Root, "Genes", "LIF.md");
        var temp = Path.Combine(vault.Root, "Genes", ".LIF.md.tmp");
        vault.Write(".obsidian/workspace.json", "{}");
        vault.Write("Genes/plot.png", [1, 2, 3]);
        File.WriteAllText(temp, File.ReadAllText(note) + "\n- saved\n");
        File.Move(temp, note, overwrite: true);

        var batches = await BatchesUntil(changes, ["Genes/LIF.md"]);

        var all = batches.SelectMany(b => b ?? new HashSet<string>()).ToHashSet();
        Assert.Contains("Genes/LIF.md", all);
        Assert.DoesNotContain(all, p => p.Contains("obsidian", StringComparison.Ordinal) || p.EndsWith(".png", StringComparison.Ordinal) || p.Contains(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deleted_folder_is_reported()
    {
        using var vault = TempVault.CopyOf(RepoPaths.ExampleVault());
        using var changes = new VaultChanges(vault.Root);
        Directory.Delete(Path.Combine(vault.Root, "Genes"), recursive: true);

        var batches = await BatchesUntil(changes, ["Genes"]);

        Assert.NotEmpty(batches);
    }

    [Fact]
    public async Task No_event_within_the_idle_timeout_returns_an_empty_batch()
    {
        using var vault = new TempVault();
        using var changes = new VaultChanges(vault.Root);

        var batch = await changes.NextAsync(Quiet, AtMost, TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken);

        Assert.NotNull(batch);
        Assert.Empty(batch);
    }
}
