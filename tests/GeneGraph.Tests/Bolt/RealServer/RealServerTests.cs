using GeneGraph.Bolt;
using GeneGraph.Bolt.Errors;
using GeneGraph.Bolt.Structures;

namespace GeneGraph.Tests.Bolt.RealServer;

/// <summary>Integration tests against a real Neo4j (3.1.1, Bolt v1, from tools/neo4j-test-server).</summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class RealServerTests(Neo4jServerFixture server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Connects_and_reports_the_server()
    {
        var info = await server.RequireDriver().VerifyConnectivityAsync(Ct);

        Assert.StartsWith("Neo4j/", info.Agent);
        Assert.NotNull(info.Version);
    }

    [Fact]
    public async Task Every_value_type_round_trips_as_a_parameter()
    {
        var longText = new string('x', 1024 * 1024 - 3) + "é";
        var bigList = Enumerable.Range(0, 100_000).Select(i => (object?)(long)i).ToList();
        var values = new Dictionary<string, object?>
        {
            ["null"] = null,
            ["true"] = true,
            ["false"] = false,
            ["tiny"] = -16L,
            ["int8"] = -128L,
            ["int16"] = 32_767L,
            ["int32"] = (long)int.MinValue,
            ["max"] = long.MaxValue,
            ["min"] = long.MinValue,
            ["double"] = 3.141592653589793,
            ["negativeZero"] = -0.0,
            ["tinyDouble"] = double.Epsilon,
            ["unicode"] = "Grüße, 世界 🧬 \u0000 nul",
            ["quotes"] = "it's \"quoted\" `back` \\ slash",
            ["newlines"] = "line1\nline2\r\nline3\ttab",
            ["empty"] = "",
            ["long"] = longText,
            ["bigList"] = bigList,
            ["mixed"] = new List<object?> { 1L, "two", 3.0, null, new List<object?> { true } },
            ["map"] = new Dictionary<string, object?> { ["a"] = 1L, ["nested"] = new Dictionary<string, object?> { ["b"] = "c" } },
        };

        var session = server.RequireDriver().Session();
        var result = await session.RunAsync("RETURN $values AS values", new Dictionary<string, object?> { ["values"] = values }, Ct);

        var back = Assert.IsType<Dictionary<string, object?>>(result.Records.Single()["values"]);
        foreach (var (key, expected) in values)
        {
            Assert.Equal(expected, back[key]);
        }
    }

    [Fact]
    public async Task Graph_structures_are_hydrated()
    {
        var session = server.RequireDriver().Session();
        var tag = Guid.NewGuid().ToString("N");
        var result = await session.RunAsync(
            "CREATE p = (a:BoltTest {tag: $tag, name: 'a'})-[r:LINKS {w: 1}]->(b:BoltTest {tag: $tag})<-[:BACK]-(c:BoltTest {tag: $tag}) RETURN a, r, p",
            new Dictionary<string, object?> { ["tag"] = tag }, Ct);
        await session.RunAsync("MATCH (n:BoltTest {tag: $tag}) DETACH DELETE n", new Dictionary<string, object?> { ["tag"] = tag }, Ct);

        var record = result.Records.Single();
        var node = Assert.IsType<BoltNode>(record["a"]);
        Assert.Equal(["BoltTest"], node.Labels);
        Assert.Equal("a", node.Properties["name"]);
        var relationship = Assert.IsType<BoltRelationship>(record["r"]);
        Assert.Equal("LINKS", relationship.Type);
        Assert.Equal(node.Id, relationship.StartNodeId);
        var path = Assert.IsType<BoltPath>(record["p"]);
        Assert.Equal(3, path.Nodes.Count);
        Assert.Equal(path.Nodes[2].Id, path.Relationships[1].StartNodeId);
        Assert.Equal(path.Nodes[1].Id, path.Relationships[1].EndNodeId);
    }

    [Fact]
    public async Task Unwind_merge_batch_reports_counters()
    {
        var tag = Guid.NewGuid().ToString("N");
        var rows = Enumerable.Range(0, 2_000)
            .Select(i => (object?)new Dictionary<string, object?> { ["id"] = $"{tag}-{i}", ["name"] = $"gene {i}", ["next"] = $"{tag}-{i + 1}" })
            .ToList();
        var session = server.RequireDriver().Session();
        var parameters = new Dictionary<string, object?> { ["rows"] = rows, ["tag"] = tag };

        var nodes = await session.ExecuteWriteAsync(tx => tx.RunAsync(
            "UNWIND $rows AS row MERGE (g:BoltGene {id: row.id}) SET g.name = row.name, g.tag = $tag", parameters, Ct), Ct);
        var again = await session.ExecuteWriteAsync(tx => tx.RunAsync(
            "UNWIND $rows AS row MERGE (g:BoltGene {id: row.id}) SET g.name = row.name, g.tag = $tag", parameters, Ct), Ct);
        var links = await session.ExecuteWriteAsync(tx => tx.RunAsync(
            "UNWIND $rows AS row MATCH (a:BoltGene {id: row.id}), (b:BoltGene {id: row.next}) MERGE (a)-[:NEXT]->(b)", parameters, Ct), Ct);
        var deleted = await session.RunAsync("MATCH (g:BoltGene {tag: $tag}) DETACH DELETE g", parameters, Ct);

        Assert.Equal(2_000, nodes.Counters.NodesCreated);
        Assert.Equal(2_000, nodes.Counters.LabelsAdded);
        Assert.Equal(6_000, nodes.Counters.PropertiesSet);
        Assert.Equal(0, again.Counters.NodesCreated);
        Assert.Equal(1_999, links.Counters.RelationshipsCreated);
        Assert.Equal(2_000, deleted.Counters.NodesDeleted);
        Assert.Equal(1_999, deleted.Counters.RelationshipsDeleted);
    }

    [Fact]
    public async Task Explicit_transactions_commit_and_roll_back()
    {
        var tag = Guid.NewGuid().ToString("N");
        var parameters = new Dictionary<string, object?> { ["tag"] = tag };
        var session = server.RequireDriver().Session();

        await using (var rolledBack = await session.BeginTransactionAsync(cancellationToken: Ct))
        {
            await rolledBack.RunAsync("CREATE (:BoltTx {tag: $tag, kind: 'rolled back'})", parameters, Ct);
            Assert.Equal(1L, (await rolledBack.RunAsync("MATCH (n:BoltTx {tag: $tag}) RETURN count(n)", parameters, Ct)).Scalar());
            await rolledBack.RollbackAsync(Ct);
        }

        await using (var committed = await session.BeginTransactionAsync(cancellationToken: Ct))
        {
            await committed.RunAsync("CREATE (:BoltTx {tag: $tag, kind: 'committed'})", parameters, Ct);
            await committed.CommitAsync(Ct);
        }

        var kinds = await session.RunAsync("MATCH (n:BoltTx {tag: $tag}) RETURN n.kind AS kind", parameters, Ct);
        await session.RunAsync("MATCH (n:BoltTx {tag: $tag}) DELETE n", parameters, Ct);
        Assert.Equal(["committed"], kinds.Records.Select(r => r.Get<string>("kind")));
    }

    [Fact]
    public async Task A_failure_is_acknowledged_and_the_connection_keeps_working()
    {
        var driver = server.RequireDriver();
        var session = driver.Session();

        var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETRUN 1", null, Ct));
        var after = await session.RunAsync("RETURN 42 AS answer", null, Ct);

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal(42L, after.Scalar());
    }

    [Fact]
    public async Task A_failure_inside_a_transaction_ends_it_and_leaves_nothing_behind()
    {
        var tag = Guid.NewGuid().ToString("N");
        var parameters = new Dictionary<string, object?> { ["tag"] = tag };
        var session = server.RequireDriver().Session();

        var transaction = await session.BeginTransactionAsync(cancellationToken: Ct);
        await transaction.RunAsync("CREATE (:BoltTx {tag: $tag})", parameters, Ct);
        await Assert.ThrowsAsync<ClientException>(() => transaction.RunAsync("RETURN 1/0", null, Ct));
        Assert.False(transaction.IsOpen);
        await transaction.DisposeAsync();

        Assert.Equal(0L, (await session.RunAsync("MATCH (n:BoltTx {tag: $tag}) RETURN count(n)", parameters, Ct)).Scalar());
    }

    [Fact]
    public async Task Bytes_are_refused_before_reaching_a_3_1_server()
    {
        var session = server.RequireDriver().Session();
        var info = await server.RequireDriver().VerifyConnectivityAsync(Ct);
        if (info.Version is null || info.Version >= new Version(3, 2))
        {
            Assert.Skip($"The server ({info.Agent}) accepts PackStream bytes; this test is about Neo4j < 3.2.");
        }

        var error = await Assert.ThrowsAsync<NotSupportedException>(() =>
            session.RunAsync("RETURN $b", new Dictionary<string, object?> { ["b"] = new byte[] { 1, 2 } }, Ct));
        Assert.Contains("3.2", error.Message);
        Assert.Equal(1L, (await session.RunAsync("RETURN 1", null, Ct)).Scalar());
    }

    [Fact]
    public async Task Wrong_password_is_an_authentication_error_without_the_password()
    {
        server.RequireDriver();
        const string wrong = "definitely-Wrong-pw-7319";
        await using var driver = new BoltDriver(server.Uri!, AuthToken.Basic(server.User, wrong));

        var error = await Assert.ThrowsAsync<AuthenticationException>(() => driver.VerifyConnectivityAsync(Ct));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.DoesNotContain(wrong, error.ToString());
    }

    [Fact]
    public async Task The_http_port_given_as_bolt_gives_a_clear_error()
    {
        server.RequireDriver();
        await using var driver = new BoltDriver($"bolt://127.0.0.1:{server.HttpPort}", AuthToken.Basic(server.User, server.Password));

        var error = await Assert.ThrowsAsync<ProtocolException>(() => driver.VerifyConnectivityAsync(Ct));

        Assert.Contains($"port {server.HttpPort} looks like Neo4j's HTTP port; the Bolt port is usually 7687", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Neo4j_scheme_falls_back_to_the_given_address_without_a_routing_procedure()
    {
        server.RequireDriver();
        var routingUri = server.Uri!.Replace("bolt://", "neo4j://", StringComparison.Ordinal);
        await using var driver = new BoltDriver(routingUri, AuthToken.Basic(server.User, server.Password));

        var written = await driver.Session().ExecuteWriteAsync(tx => tx.RunAsync("RETURN 7 AS seven", null, Ct), Ct);

        Assert.Equal(7L, written.Scalar());
        Assert.Equal(BoltUri.Parse(server.Uri!).Address, written.Summary.Server.Address);
    }

    [Fact]
    public async Task Schema_changes_report_constraint_and_index_counters()
    {
        var session = server.RequireDriver().Session();
        var info = await server.RequireDriver().VerifyConnectivityAsync(Ct);
        if (info.Version is null || info.Version.Major >= 4)
        {
            Assert.Skip($"This test uses Neo4j 3.x schema syntax; the server is {info.Agent}.");
        }

        var added = await session.RunAsync("CREATE CONSTRAINT ON (g:BoltSchemaTest) ASSERT g.id IS UNIQUE", null, Ct);
        var removed = await session.RunAsync("DROP CONSTRAINT ON (g:BoltSchemaTest) ASSERT g.id IS UNIQUE", null, Ct);
        var indexAdded = await session.RunAsync("CREATE INDEX ON :BoltSchemaTest(name)", null, Ct);
        var indexRemoved = await session.RunAsync("DROP INDEX ON :BoltSchemaTest(name)", null, Ct);

        Assert.Equal(1, added.Counters.ConstraintsAdded);
        Assert.Equal(1, removed.Counters.ConstraintsRemoved);
        Assert.Equal(1, indexAdded.Counters.IndexesAdded);
        Assert.Equal(1, indexRemoved.Counters.IndexesRemoved);
        Assert.True(added.Counters.ContainsUpdates);
    }
}
