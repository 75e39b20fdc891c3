using GeneGraph.Bolt;

namespace GeneGraph.Tests.Bolt.RealServer;

/// <summary>
/// Finds the real Neo4j server the integration tests run against, from GENEGRAPH_NEO4J_URI / _USER /
/// _PASSWORD (and optionally GENEGRAPH_NEO4J_HTTP_PORT). Start one with
/// <c>bash tools/neo4j-test-server/neo4j-test-server.sh start</c> and
/// <c>eval "$(bash tools/neo4j-test-server/neo4j-test-server.sh env)"</c>.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    public string? Uri { get; } = Environment.GetEnvironmentVariable("GENEGRAPH_NEO4J_URI");

    public string User { get; } = Environment.GetEnvironmentVariable("GENEGRAPH_NEO4J_USER") ?? "neo4j";

    public string Password { get; } = Environment.GetEnvironmentVariable("GENEGRAPH_NEO4J_PASSWORD") ?? "test-password";

    public int HttpPort { get; } = int.TryParse(Environment.GetEnvironmentVariable("GENEGRAPH_NEO4J_HTTP_PORT"), out var port) ? port : 17474;

    public BoltDriver? Driver { get; private set; }

    public BoltDriver RequireDriver()
    {
        if (Driver is null)
        {
            Assert.Skip("No Neo4j server configured: set GENEGRAPH_NEO4J_URI (e.g. bolt://127.0.0.1:17687), GENEGRAPH_NEO4J_USER and " +
                        "GENEGRAPH_NEO4J_PASSWORD; see tools/neo4j-test-server/README.md.");
        }

        return Driver;
    }

    public ValueTask InitializeAsync()
    {
        if (!string.IsNullOrWhiteSpace(Uri))
        {
            Driver = new BoltDriver(Uri, AuthToken.Basic(User, Password), new BoltDriverOptions { ReadTimeout = TimeSpan.FromMinutes(2) });
        }

        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (Driver is not null)
        {
            await Driver.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class Neo4jServerCollection : ICollectionFixture<Neo4jServerFixture>
{
    public const string Name = "Neo4j server";
}
