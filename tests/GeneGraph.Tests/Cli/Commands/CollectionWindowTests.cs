using GeneGraph.Cli.Commands;

namespace GeneGraph.Tests.Cli.Commands;

/// <summary>
/// The window without collections that a reload from the note cache runs in: none for 0 bytes, at most one per
/// process, and the runtime's own rule ends it once the run outgrows it (the process goes on collecting).
/// </summary>
public sealed class CollectionWindowTests
{
    [Fact]
    public void A_process_opens_at_most_one_window_and_outgrowing_it_brings_collections_back()
    {
        Assert.False(CollectionWindow.Open(0));
        Assert.True(CollectionWindow.Open(16L << 20)); // no other test opens one in this process (loads run in child processes)
        Assert.Equal(System.Runtime.GCLatencyMode.NoGCRegion, System.Runtime.GCSettings.LatencyMode);
        Assert.False(CollectionWindow.Open(16L << 20));

        var before = GC.CollectionCount(0);
        var kept = new List<byte[]>();
        for (var i = 0; i < 64; i++) kept.Add(new byte[1 << 20]); // 64 MB, four times the window
        Assert.True(GC.CollectionCount(0) > before, "no collection after outgrowing the window");
        Assert.NotEqual(System.Runtime.GCLatencyMode.NoGCRegion, System.Runtime.GCSettings.LatencyMode);
        GC.KeepAlive(kept);
    }
}
