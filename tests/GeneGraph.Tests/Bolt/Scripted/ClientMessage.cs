namespace GeneGraph.Tests.Bolt.Scripted;

/// <summary>A message the client sent, decoded.</summary>
internal sealed record ClientMessage(string Name, IReadOnlyList<object?> Fields, IReadOnlyList<int> ChunkSizes)
{
    public Dictionary<string, object?> Map(int field) => Assert.IsType<Dictionary<string, object?>>(Fields[field]);
}
