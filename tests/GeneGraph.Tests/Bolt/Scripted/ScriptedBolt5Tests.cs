using GeneGraph.Bolt;
using GeneGraph.Bolt.Errors;
using static GeneGraph.Tests.Bolt.Scripted.ScriptedTest;

namespace GeneGraph.Tests.Bolt.Scripted;

public sealed class ScriptedBolt5Tests
{
    private static async Task QueryAsync(ScriptConnection c)
    {
        await c.ExpectAsync("RUN");
        Assert.Equal(Map(("n", -1L)), (await c.ExpectAsync("PULL")).Map(0));
        await c.SuccessAsync(Map(("fields", new List<object?> { "n" })));
        // A Bolt 5 node carries its element id.
        await c.RecordAsync(new ScriptStructure(0x4E,
            [1L, new List<object?> { "Gene" }, Map(("id", "TP53")), "4:db:1"]));
        await c.SuccessAsync(Map(("type", "r")));
    }

    [Fact]
    public async Task Bolt_5_0_sends_credentials_in_hello()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(5, 0);
            var hello = (await c.ExpectAsync("HELLO")).Map(0);
            Assert.Equal(("basic", "neo4j", Password), (hello["scheme"], hello["principal"], hello["credentials"]));
            Assert.False(hello.ContainsKey("bolt_agent"));
            await c.SuccessAsync(Map(("server", "Neo4j/5.0.0")));
            await QueryAsync(c);
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);
            var result = await driver.Session().RunAsync("MATCH (g:Gene) RETURN g AS n", null, Ct);

            var node = Assert.IsType<GeneGraph.Bolt.Structures.BoltNode>(result.Scalar());
            Assert.Equal("4:db:1", node.ElementId);
            Assert.Equal(new BoltVersion(5, 0), result.Summary.Server.ProtocolVersion);
        });
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(4, true)]
    [InlineData(8, true)]
    public async Task Bolt_5_1_and_later_log_on_after_hello(int minor, bool boltAgent)
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(5, minor);
            var hello = await c.ExpectAsync("HELLO");
            Assert.False(hello.Map(0).ContainsKey("credentials"));
            Assert.False(hello.Map(0).ContainsKey("scheme"));
            Assert.Equal(boltAgent, hello.Map(0).ContainsKey("bolt_agent"));
            if (boltAgent)
            {
                Assert.StartsWith("GeneGraph/", (string)Assert.IsType<Dictionary<string, object?>>(hello.Map(0)["bolt_agent"])["product"]!);
            }

            var logon = await c.ExpectAsync("LOGON");
            Assert.Equal(Map(("scheme", "basic"), ("principal", "neo4j"), ("credentials", Password)), logon.Map(0));
            await c.SuccessAsync(Map(("server", $"Neo4j/5.{minor}.0")));
            await c.SuccessAsync();
            await QueryAsync(c);
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);
            var result = await driver.Session().RunAsync("MATCH (g:Gene) RETURN g AS n", null, Ct);

            Assert.Equal(new BoltVersion(5, minor), result.Summary.Server.ProtocolVersion);
            Assert.Equal($"Neo4j/5.{minor}.0", result.Summary.Server.Agent);
        });
    }

    [Fact]
    public async Task A_rejected_logon_is_an_authentication_error_without_the_password()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(5, 4);
            await c.ExpectAsync("HELLO");
            await c.ExpectAsync("LOGON");
            await c.SuccessAsync(Map(("server", "Neo4j/5.20.0")));
            await c.FailureAsync("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");
            await c.ExpectCloseAsync();
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);

            var error = await Assert.ThrowsAsync<AuthenticationException>(() => driver.VerifyConnectivityAsync(Ct));
            Assert.DoesNotContain(Password, error.ToString());
        });
    }

    [Fact]
    public async Task Gql_style_failures_of_5_7_keep_their_neo4j_code()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(5, 7);
            await c.ExpectAsync("HELLO");
            await c.ExpectAsync("LOGON");
            await c.SuccessAsync(Map(("server", "Neo4j/5.26.0")));
            await c.SuccessAsync();
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await c.GqlFailureAsync("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'");
            await c.IgnoredAsync();
            await c.ExpectAsync("RESET");
            await c.SuccessAsync();
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);

            var error = await Assert.ThrowsAsync<ClientException>(() => driver.Session().RunAsync("RETRUN 1", null, Ct));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
            Assert.Equal("Invalid input 'RETRUN'", error.Message);
        });
    }
}
