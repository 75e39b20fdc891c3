using GeneGraph.Bolt;
using GeneGraph.Neo4j.Loading;
using GeneGraph.Pipeline;
using GeneGraph.Schema;
using GeneGraph.Tests.Bolt.RealServer;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Neo4j.Loading;

/// <summary>
/// The record of the last load from this machine (docs/sync.md), on the real Neo4j 3.1.1: a load compares the vault
/// with it instead of reading the database back only while the database is as that load left it, and in every case
/// the database ends up equal to a clean load of the vault.
/// </summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class SyncRecordTests(Neo4jServerFixture server) : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempVault _scratch = new();
    private readonly TempVault _records = new();

    public void Dispose()
    {
        _scratch.Dispose();
        _records.Dispose();
    }

    private string Vault()
    {
        var vault = Path.Combine(_scratch.Root, "example");
        foreach (var file in Directory.GetFiles(RepoPaths.ExampleVault(), "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(vault, Path.GetRelativePath(RepoPaths.ExampleVault(), file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return vault;
    }

    private LoadOptions Options(string vault) => LoadOptions.ForVault(vault) with { BatchSize = 50, SnapshotDirectory = _records.Root };

    private async Task<LoadSummary> LoadAsync(BoltDriver driver, string vault, LoadOptions? options = null) =>
        await new Neo4jLoader(driver, options ?? Options(vault)).LoadAsync(VaultGraph.Build(vault).Graph, cancellationToken: Ct);

    private static async Task RunAsync(BoltDriver driver, string statement)
    {
        await using var session = driver.Session();
        await session.RunAsync(statement, cancellationToken: Ct);
    }

    /// <summary>The database equals a clean load of the vault (marks and the graph's record aside).</summary>
    private static async Task AssertHoldsTheVaultAsync(BoltDriver driver, string vault) =>
        Assert.Equal(Neo4jSnapshot.Of(VaultGraph.Build(vault).Graph), await Neo4jSnapshot.ReadAsync(driver));

    [Fact]
    public async Task The_next_load_compares_with_the_record_and_writes_only_what_changed()
    {
        var driver = server.RequireDriver();
        await RunAsync(driver, "MATCH (n) DETACH DELETE n");
        var vault = Vault();

        var first = await LoadAsync(driver, vault);
        var unchanged = await LoadAsync(driver, vault);
        File.WriteAllText(Path.Combine(vault, "Genes/LIF.md"),
            File.ReadAllText(Path.Combine(vault, "Genes/LIF.md")).Replace("[Leukemia](http://www.malacards.org/card/leukemia \"See Leukemia at MalaCards\") and ", "", StringComparison.Ordinal));
        var edited = await LoadAsync(driver, vault);

        Assert.False(first.Plan.FromSnapshot);
        Assert.True(unchanged.Plan.FromSnapshot);
        Assert.True(unchanged.Plan.WritesNothing);
        Assert.Equal(0, unchanged.Batches);
        Assert.True(edited.Plan.FromSnapshot);
        Assert.Equal(1, edited.Plan.Relationships.Single(c => c.Element == "ASSOCIATED_WITH").Deleted);
        await AssertHoldsTheVaultAsync(driver, vault);
        Assert.True((await LoadAsync(driver, vault)).Plan.FromSnapshot);
    }

    [Fact]
    public async Task A_node_of_the_graph_deleted_by_hand_makes_the_next_load_read_back_and_write_it_again()
    {
        var driver = server.RequireDriver();
        await RunAsync(driver, "MATCH (n) DETACH DELETE n");
        var vault = Vault();
        await LoadAsync(driver, vault);
        await RunAsync(driver, "MATCH (d:Disease {id: 'leukemia'}) DETACH DELETE d");

        var reload = await LoadAsync(driver, vault);

        Assert.False(reload.Plan.FromSnapshot);
        Assert.Equal(1, reload.Plan.Nodes.Single(c => c.Element == "Disease").Created);
        await AssertHoldsTheVaultAsync(driver, vault);
        Assert.True((await LoadAsync(driver, vault)).Plan.FromSnapshot);
    }

    [Fact]
    public async Task A_load_that_keeps_no_record_makes_the_record_of_an_earlier_one_stale()
    {
        var driver = server.RequireDriver();
        await RunAsync(driver, "MATCH (n) DETACH DELETE n");
        var vault = Vault();
        await LoadAsync(driver, vault);
        File.Delete(Path.Combine(vault, "Genes/KCNK3.md"));
        await LoadAsync(driver, vault, Options(vault) with { SnapshotDirectory = null }); // another machine, say
        File.Copy(Path.Combine(RepoPaths.ExampleVault(), "Genes/KCNK3.md"), Path.Combine(vault, "Genes/KCNK3.md"));

        var reload = await LoadAsync(driver, vault);

        Assert.False(reload.Plan.FromSnapshot);
        Assert.True(reload.Plan.Nodes.Single(c => c.Element == "Gene").Created >= 1);
        await AssertHoldsTheVaultAsync(driver, vault);
    }

    [Theory]
    [InlineData("damaged")]
    [InlineData("cut short")]
    [InlineData("deleted")]
    [InlineData("full compare asked for")]
    public async Task A_record_that_cannot_be_read_or_is_not_wanted_costs_a_read_back_and_nothing_else(string what)
    {
        var driver = server.RequireDriver();
        await RunAsync(driver, "MATCH (n) DETACH DELETE n");
        var vault = Vault();
        await LoadAsync(driver, vault);
        var record = Assert.Single(Directory.GetFiles(_records.Root));
        var bytes = File.ReadAllBytes(record);
        switch (what)
        {
            case "damaged": bytes[bytes.Length / 2] ^= 0x5A; File.WriteAllBytes(record, bytes); break;
            case "cut short": File.WriteAllBytes(record, bytes[..(bytes.Length / 2)]); break;
            case "deleted": File.Delete(record); break;
        }

        var reload = await LoadAsync(driver, vault, Options(vault) with { ReadBack = what == "full compare asked for" });

        Assert.False(reload.Plan.FromSnapshot);
        Assert.True(reload.Plan.WritesNothing);
        await AssertHoldsTheVaultAsync(driver, vault);
    }

    [Fact]
    public async Task A_load_that_failed_half_way_leaves_no_current_record()
    {
        var driver = server.RequireDriver();
        await RunAsync(driver, "MATCH (n) DETACH DELETE n");
        var vault = Vault();
        await LoadAsync(driver, vault);
        File.Delete(Path.Combine(vault, "Genes/KCNK3.md"));
        var failing = new Neo4jLoader(driver, Options(vault))
        {
            AfterPlanning = _ => throw new IOException("the connection dropped"),
        };
        await Assert.ThrowsAsync<IOException>(() => failing.LoadAsync(VaultGraph.Build(vault).Graph, cancellationToken: Ct));
        await using (var session = driver.Session())
        {
            var generation = (string?)(await session.RunAsync($"MATCH (m:{SyncMarks.GraphLabel}) RETURN m.{SyncMarks.Generation.Name}", cancellationToken: Ct)).Scalar();
            Assert.StartsWith("writing ", generation, StringComparison.Ordinal);
        }

        var reload = await LoadAsync(driver, vault);

        Assert.False(reload.Plan.FromSnapshot);
        await AssertHoldsTheVaultAsync(driver, vault);
    }
}
