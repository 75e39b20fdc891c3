using System.Buffers;
using GeneGraph.Bolt.PackStream;
using GeneGraph.Bolt.Structures;

namespace GeneGraph.Tests.Bolt.Structures;

public sealed class StructureHydratorTests
{
    private static byte[] Pack(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        new PackStreamWriter(buffer).WriteValue(value);
        return buffer.WrittenSpan.ToArray();
    }

    private static object? Hydrate(byte[] bytes) => StructureHydrator.HydrateValue(new PackStreamReader(bytes).ReadValue());

    private static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    [Fact]
    public void Nodes_and_relationships_are_hydrated_with_and_without_element_ids()
    {
        var node = Assert.IsType<BoltNode>(Hydrate(Hex("B3 4E 01 91 84 47 65 6E 65 A1 82 69 64 82 58 31")));
        Assert.Equal(1L, node.Id);
        Assert.Equal(["Gene"], node.Labels);
        Assert.Equal("X1", node.Properties["id"]);
        Assert.Null(node.ElementId);

        var node5 = Assert.IsType<BoltNode>(Hydrate(Pack(new PackStreamStructure(0x4E, [7L, new List<object?>(), new Dictionary<string, object?>(), "4:abc:7"]))));
        Assert.Equal("4:abc:7", node5.ElementId);

        var relationship = Assert.IsType<BoltRelationship>(Hydrate(Pack(new PackStreamStructure(0x52, [5L, 1L, 2L, "LINKS", new Dictionary<string, object?> { ["w"] = 1L }]))));
        Assert.Equal((5L, 1L, 2L, "LINKS"), (relationship.Id, relationship.StartNodeId, relationship.EndNodeId, relationship.Type));

        var unbound = Assert.IsType<BoltUnboundRelationship>(Hydrate(Pack(new PackStreamStructure(0x72, [9L, "T", new Dictionary<string, object?>()]))));
        Assert.Equal("T", unbound.Type);
    }

    [Fact]
    public void Paths_rebuild_relationship_directions()
    {
        PackStreamStructure Node(long id) => new(0x4E, [id, new List<object?>(), new Dictionary<string, object?>()]);
        PackStreamStructure Rel(long id, string type) => new(0x72, [id, type, new Dictionary<string, object?>()]);

        // (a)-[:R1]->(b)<-[:R2]-(c)
        var path = Assert.IsType<BoltPath>(Hydrate(Pack(new PackStreamStructure(0x50,
        [
            new List<object?> { Node(10), Node(20), Node(30) },
            new List<object?> { Rel(100, "R1"), Rel(200, "R2") },
            new List<object?> { 1L, 1L, -2L, 2L },
        ]))));

        Assert.Equal([10L, 20L, 30L], path.Nodes.Select(n => n.Id));
        Assert.Equal((10L, 20L), (path.Relationships[0].StartNodeId, path.Relationships[0].EndNodeId));
        Assert.Equal((30L, 20L), (path.Relationships[1].StartNodeId, path.Relationships[1].EndNodeId));
    }

    [Fact]
    public void Structures_inside_lists_maps_and_unknown_structures_are_hydrated_too()
    {
        var node = new PackStreamStructure(0x4E, [3L, new List<object?> { "Gene" }, new Dictionary<string, object?>()]);
        var value = Hydrate(Pack(new List<object?>
        {
            new Dictionary<string, object?> { ["n"] = node, ["k"] = 1L },
            new PackStreamStructure(0x58, [node, 0.5]),
        }));

        var list = Assert.IsType<List<object?>>(value);
        var map = Assert.IsType<Dictionary<string, object?>>(list[0]);
        Assert.Equal(3L, Assert.IsType<BoltNode>(map["n"]).Id);
        Assert.Equal(1L, map["k"]);
        var unknown = Assert.IsType<PackStreamStructure>(list[1]);
        Assert.Equal(0x58, unknown.Signature);
        Assert.Equal(3L, Assert.IsType<BoltNode>(unknown.Fields[0]).Id);
        Assert.Equal(0.5, unknown.Fields[1]);
    }

    [Fact]
    public void Malformed_graph_structures_are_protocol_errors() =>
        Assert.Throws<GeneGraph.Bolt.Errors.ProtocolException>(() => Hydrate(Pack(new PackStreamStructure(0x4E, [1L]))));
}
