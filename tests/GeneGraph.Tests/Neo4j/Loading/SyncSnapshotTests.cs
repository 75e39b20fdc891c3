using GeneGraph.Neo4j.Loading;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Neo4j.Loading;

/// <summary>
/// The record of the last load, written and read back without a server: every id, end and hash as written (ids in
/// any script, of any length, an element without a hash), a relationship's ends the very strings of the node ids
/// read with them, and the generation and counts; a file cut short is no record at all.
/// </summary>
public sealed class SyncSnapshotTests : IDisposable
{
    private readonly TempVault _folder = new();

    public void Dispose() => _folder.Dispose();

    private static HeldElements Held()
    {
        var longId = new string('κ', 300);
        return new HeldElements(
            new Dictionary<NodeLabel, Dictionary<string, string?>>
            {
                [NodeLabel.Gene] = new(StringComparer.Ordinal) { ["LIF"] = "a1", ["ΔNp63"] = "b2", [longId] = null },
                [NodeLabel.Pathway] = new(StringComparer.Ordinal) { ["Signaling by Interleukins"] = "c3" },
            },
            new Dictionary<RelationshipType, Dictionary<(string, string), string?>>
            {
                [RelationshipType.InPathway] = new() { [("LIF", "Signaling by Interleukins")] = "d4", [(longId, "Signaling by Interleukins")] = null },
                [RelationshipType.ParalogOf] = new() { [("ΔNp63", "not a node of the record")] = "e5" },
            });
    }

    private string Written(HeldElements held)
    {
        var file = Path.Combine(_folder.Root, "sync-test.snapshot");
        using var pending = SyncSnapshot.Begin(file, held);
        pending.Complete("generation-1", new Dictionary<string, long> { ["Gene"] = 3, ["IN_PATHWAY"] = 2 });
        return file;
    }

    [Fact]
    public void A_record_reads_back_as_written_and_its_ends_are_the_node_ids_read_with_them()
    {
        var held = Held();
        var read = SyncSnapshot.Read(Written(held));

        Assert.NotNull(read);
        Assert.Equal("generation-1", read.Generation);
        Assert.Equal(new Dictionary<string, long> { ["Gene"] = 3, ["IN_PATHWAY"] = 2 }, read.Counts);
        foreach (var (label, nodes) in held.Nodes) Assert.Equal(nodes, read.Held.Nodes[label]);
        foreach (var (type, relationships) in held.Relationships) Assert.Equal(relationships, read.Held.Relationships[type]);

        var ids = read.Held.Nodes.Values.SelectMany(n => n.Keys).ToDictionary(id => id, id => id, StringComparer.Ordinal);
        foreach (var (from, to) in read.Held.Relationships.Values.SelectMany(r => r.Keys))
        {
            if (ids.TryGetValue(from, out var node)) Assert.Same(node, from);
            if (ids.TryGetValue(to, out node)) Assert.Same(node, to);
        }
    }

    [Fact]
    public void A_record_cut_short_anywhere_is_no_record()
    {
        var file = Written(Held());
        var bytes = File.ReadAllBytes(file);
        for (var cut = 0; cut < bytes.Length; cut += 5)
        {
            File.WriteAllBytes(file, bytes[..cut]);
            Assert.Null(SyncSnapshot.Read(file));
        }
    }
}
