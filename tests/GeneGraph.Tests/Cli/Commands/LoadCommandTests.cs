using GeneGraph.Tests.Bolt.RealServer;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Cli.Commands;

/// <summary><c>genegraph load</c> as a user runs it, against the shared test server.</summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class LoadCommandTests(Neo4jServerFixture server)
{
    private static readonly Dictionary<string, string?> NoPassword = new() { ["NEO4J_PASSWORD"] = null };

    [Fact]
    public void Loads_the_example_vault_with_the_password_from_the_environment()
    {
        server.RequireDriver();
        var run = GeneGraphProcess.RunWithEnvironment(new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = server.Password },
            "load", RepoPaths.ExampleVault(), "--uri", server.Uri!, "--user", server.User, "--batch-size", "7");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("server:                Neo4j/", run.Stdout);
        Assert.Matches(@"batches:\s+\d+", run.Stdout);
        // the changes table: created, updated, deleted, unchanged; whatever the database held before, the vault's 10 are there after
        var row = System.Text.RegularExpressions.Regex.Match(run.Stdout, @"\n  CORRELATES_WITH\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\n");
        Assert.True(row.Success, run.Stdout);
        Assert.Equal(10, int.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + int.Parse(row.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + int.Parse(row.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("2 warnings not listed (1 GG104, 1 GG204)", run.Stderr);
        Assert.DoesNotContain(server.Password, run.Stdout + run.Stderr);
    }

    [Fact]
    public void A_wrong_password_is_one_clear_line_without_the_password()
    {
        server.RequireDriver();
        const string secret = "not-the-password-4711";
        var run = GeneGraphProcess.RunWithEnvironment(NoPassword,
            "load", RepoPaths.ExampleVault(), "--uri", server.Uri!, "--user", server.User, "--password", secret);

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("genegraph: error: the server refused the user name or password (Neo.ClientError.Security.Unauthorized)", run.Stderr);
        Assert.DoesNotContain(secret, run.Stdout + run.Stderr);
        Assert.Single(run.Stderr.Split('\n'), line => line.StartsWith("genegraph: error:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_http_port_given_as_bolt_is_said_plainly()
    {
        server.RequireDriver();
        var run = GeneGraphProcess.RunWithEnvironment(new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = server.Password },
            "load", RepoPaths.ExampleVault(), "--uri", $"bolt://127.0.0.1:{server.HttpPort}");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("looks like Neo4j's HTTP port", run.Stderr);
    }

    [Fact]
    public void Nothing_listening_is_service_unavailable()
    {
        var run = GeneGraphProcess.RunWithEnvironment(NoPassword, "load", RepoPaths.ExampleVault(), "--uri", "bolt://127.0.0.1:1");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("genegraph: error:", run.Stderr);
        Assert.Contains("127.0.0.1:1", run.Stderr);
    }
}
