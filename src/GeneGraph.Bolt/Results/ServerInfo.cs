namespace GeneGraph.Bolt.Results;

/// <summary>The server a result came from: address, agent (e.g. "Neo4j/3.1.1") and negotiated Bolt version.</summary>
public sealed record ServerInfo(BoltAddress Address, string? Agent, BoltVersion ProtocolVersion)
{
    /// <summary>The Neo4j version parsed from <see cref="Agent"/>, when it has one.</summary>
    public Version? Version => ServerAgent.ParseVersion(Agent);
}
