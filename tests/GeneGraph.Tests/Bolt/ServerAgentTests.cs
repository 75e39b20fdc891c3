using GeneGraph.Bolt;

namespace GeneGraph.Tests.Bolt;

public sealed class ServerAgentTests
{
    [Theory]
    [InlineData("Neo4j/3.1.1", "3.1.1")]
    [InlineData("Neo4j/5.26.0", "5.26.0")]
    [InlineData("Neo4j/4.4.30-aura", "4.4.30")]
    [InlineData("Neo4j/5", "5.0")]
    public void The_version_is_read_after_the_slash(string agent, string expected) =>
        Assert.Equal(Version.Parse(expected), ServerAgent.ParseVersion(agent));

    [Theory]
    [InlineData(null)]
    [InlineData("Neo4j")]
    [InlineData("Neo4j/dev")]
    public void Agents_without_a_version_give_none(string? agent) => Assert.Null(ServerAgent.ParseVersion(agent));
}
