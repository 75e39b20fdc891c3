using GeneGraph.Pipeline;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Writers;

namespace GeneGraph.Tests.Pipeline;

/// <summary>
/// The cache of parsed notes across runs: a build that takes notes from it equals a build that parses every note
/// (graph and diagnostics), whatever state the cache file is in: fresh, stale, damaged, of another build, or written by
/// several runs at once; and a note whose file was not written since the run that read it is not read again.
/// </summary>
public sealed class NoteCacheTests : IDisposable
{
    private readonly TempVault _vault = TempVault.CopyOf(RepoPaths.ThesisVault());
    private readonly TempVault _cache = new();

    public void Dispose()
    {
        _vault.Dispose();
        _cache.Dispose();
    }

    private NoteCache Open() => NoteCache.Open(_vault.Root, _cache.Root);

    private (byte[] Json, List<string> Diagnostics) Fresh() => Outputs(VaultGraph.Build(_vault.Root));

    private static (byte[] Json, List<string> Diagnostics) Outputs(VaultGraphResult result)
    {
        using var stream = new MemoryStream();
        new JsonGraphWriter().Write(result.Graph, stream);
        return (stream.ToArray(), [.. result.Diagnostics.Sorted().Select(d => d.ToString())]);
    }

    private static void AssertSame((byte[] Json, List<string> Diagnostics) expected, VaultGraphResult actual)
    {
        var (json, diagnostics) = Outputs(actual);
        Assert.True(expected.Diagnostics.SequenceEqual(diagnostics),
            $"diagnostics differ: missing {string.Join(" | ", expected.Diagnostics.Except(diagnostics))}; extra {string.Join(" | ", diagnostics.Except(expected.Diagnostics))}");
        Assert.True(expected.Json.AsSpan().SequenceEqual(json), "the graph differs from a build without the cache");
    }

    [Fact]
    public void A_build_with_the_cache_equals_one_without_it_and_the_next_build_parses_no_note()
    {
        var expected = Fresh();
        Assert.NotEmpty(expected.Diagnostics); // the thesis vault has diagnostics: they come from the cache too

        var first = Open();
        var filled = VaultGraph.Build(_vault.Root, cache: first);
        var second = Open();
        var cached = VaultGraph.Build(_vault.Root, cache: second);

        AssertSame(expected, filled);
        AssertSame(expected, cached);
        Assert.Equal((0, filled.NotesRead), (first.Hits, first.Misses));
        Assert.Equal((cached.NotesRead, 0), (second.Hits, second.Misses));
        Assert.StartsWith(_cache.Root, second.FilePath, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFiles(_vault.Root, "*", SearchOption.AllDirectories), f => f.EndsWith(".cache", StringComparison.Ordinal));
    }

    [Fact]
    public void A_note_edited_to_the_same_size_is_parsed_again_and_one_deleted_drops_out()
    {
        VaultGraph.Build(_vault.Root, cache: Open());
        var note = Path.Combine(_vault.Root, "LiteratureResearch/GeneDump/SPRY2.md");
        var text = File.ReadAllText(note);
        var edited = text.Replace("X0.587101574631927_", "X0.687101574631927_", StringComparison.Ordinal);
        Assert.Equal(text.Length, edited.Length);
        Assert.NotEqual(text, edited);
        File.WriteAllText(note, edited);
        File.Delete(Path.Combine(_vault.Root, "LiteratureResearch/GeneDump/WASF3.md"));
        var expected = Fresh();

        var cache = Open();
        var result = VaultGraph.Build(_vault.Root, cache: cache);

        AssertSame(expected, result);
        Assert.Equal((result.NotesRead - 1, 1), (cache.Hits, cache.Misses));
        Assert.DoesNotContain("WASF3.md", File.ReadAllText(cache.FilePath), StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_whose_file_was_not_written_since_is_not_read_and_one_written_since_is()
    {
        var expected = Fresh();
        // The run that fills the cache read the notes well after they were last written (its clock an hour ahead).
        var hourAhead = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100 + 3_600_000_000_000;
        VaultGraph.Build(_vault.Root, cache: new NoteCache(_vault.Root, _cache.Root, NoteCache.BuildVersion, hourAhead));

        var unchanged = Open();
        AssertSame(expected, VaultGraph.Build(_vault.Root, cache: unchanged));
        Assert.Equal((expected.Diagnostics.Count > 0, unchanged.Hits, 0), (true, unchanged.Unread, unchanged.Misses));
        Assert.True(unchanged.Hits > 50);

        // Saved over (a temporary file renamed over the note, as Obsidian saves): its stamp changes, so it is read, and parsed.
        var note = Path.Combine(_vault.Root, "LiteratureResearch/GeneDump/SPRY2.md");
        var temporary = note + ".tmp";
        File.WriteAllText(temporary, File.ReadAllText(note).Replace("X0.587101574631927_", "X0.687101574631927_", StringComparison.Ordinal));
        File.Move(temporary, note, overwrite: true);
        // Touched without a change: read, found equal, not parsed.
        var touched = Path.Combine(_vault.Root, "LiteratureResearch/GeneDump/LIF.md");
        File.SetLastWriteTimeUtc(touched, DateTime.UtcNow);
        expected = Fresh();

        var edited = Open();
        AssertSame(expected, VaultGraph.Build(_vault.Root, cache: edited));
        Assert.Equal((edited.Hits - 1, 1), (edited.Unread, edited.Misses));

        // That run wrote the unread notes' frames back as they were read: the next run takes every note from them.
        var after = Open();
        var again = VaultGraph.Build(_vault.Root, cache: after);
        AssertSame(expected, again);
        Assert.Equal((again.NotesRead, 0), (after.Hits, after.Misses));
    }

    [Fact]
    public void A_note_written_within_the_racy_window_of_its_read_is_read_again()
    {
        VaultGraph.Build(_vault.Root, cache: Open()); // the copy was just made: every note was written moments before it was read
        var again = Open();
        VaultGraph.Build(_vault.Root, cache: again);
        Assert.Equal((0, 0), (again.Unread, again.Misses));
        Assert.True(again.Hits > 0);
    }

    [Fact]
    public void A_note_of_invalid_UTF8_read_again_unchanged_is_not_decoded_and_still_reports_its_bytes()
    {
        var note = Path.Combine(_vault.Root, "LiteratureResearch/GeneDump/SPRY2.md");
        File.WriteAllBytes(note, [.. File.ReadAllBytes(note), 0xC3, 0x28, (byte)'\n']);
        var expected = Fresh();
        Assert.Contains(expected.Diagnostics, d => d.Contains("SPRY2.md", StringComparison.Ordinal) && d.Contains("not valid UTF-8", StringComparison.Ordinal));

        VaultGraph.Build(_vault.Root, cache: Open());
        var again = Open(); // within the racy window: every note is read again, compared by its bytes, none parsed
        var result = VaultGraph.Build(_vault.Root, cache: again);

        AssertSame(expected, result);
        Assert.Equal((result.NotesRead, 0, 0), (again.Hits, again.Unread, again.Misses));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("a damaged line")]
    [InlineData("empty")]
    public void A_damaged_cache_file_costs_only_the_parses_of_what_it_fails_to_give(string damage)
    {
        VaultGraph.Build(_vault.Root, cache: Open());
        var file = Open().FilePath;
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "garbage" => [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251))],
            "a damaged line" => [.. bytes.Select((b, i) => i == bytes.Length * 3 / 4 ? (byte)'{' : b)],
            _ => [],
        });
        var expected = Fresh();

        var damaged = Open();
        var result = VaultGraph.Build(_vault.Root, cache: damaged);

        AssertSame(expected, result);
        Assert.True(damaged.Misses > 0);
        var repaired = Open();
        AssertSame(expected, VaultGraph.Build(_vault.Root, cache: repaired));
        Assert.Equal(0, repaired.Misses);
    }

    [Fact]
    public void A_cache_written_by_another_build_of_GeneGraph_is_not_used()
    {
        VaultGraph.Build(_vault.Root, cache: new NoteCache(_vault.Root, _cache.Root, "another-build"));
        var expected = Fresh();

        var cache = Open();
        var result = VaultGraph.Build(_vault.Root, cache: cache);

        AssertSame(expected, result);
        Assert.Equal((0, result.NotesRead), (cache.Hits, cache.Misses));
    }

    [Fact]
    public async Task Runs_at_the_same_time_on_one_cache_each_get_the_vaults_graph_and_leave_a_whole_file()
    {
        var expected = Fresh();
        VaultGraph.Build(_vault.Root, cache: Open());
        File.AppendAllText(Path.Combine(_vault.Root, "LiteratureResearch/GeneDump/SPRY2.md"), "\nOne more line.\n");
        expected = Fresh();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => VaultGraph.Build(_vault.Root, cache: Open()), TestContext.Current.CancellationToken)));

        Assert.All(results, r => AssertSame(expected, r));
        Assert.Single(Directory.EnumerateFiles(_cache.Root)); // no temporary file left behind
        var after = Open();
        AssertSame(expected, VaultGraph.Build(_vault.Root, cache: after));
        Assert.Equal(0, after.Misses);
    }
}
