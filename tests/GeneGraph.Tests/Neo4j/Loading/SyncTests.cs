using System.Text.Json;
using System.Text.RegularExpressions;
using GeneGraph.Bolt;
using GeneGraph.Neo4j.Loading;
using GeneGraph.Pipeline;
using GeneGraph.Schema;
using GeneGraph.Tests.Bolt.RealServer;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Neo4j.Loading;

/// <summary>
/// <c>genegraph load</c> as a sync, on the real Neo4j 3.1.1: after every vault edit the database equals a clean load
/// of the vault at that step (every node, relationship, property, label and mark), the user's own elements survive,
/// the dry run's plan is what the load does, and a reload of an unchanged vault writes nothing.
/// </summary>
[Collection(Neo4jServerCollection.Name)]
public sealed partial class SyncTests(Neo4jServerFixture server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The edits of the issue, on a copy of the thesis vault, in order.</summary>
    private static readonly (string What, Action<string> Edit)[] Edits =
    [
        ("delete a note", v => File.Delete(Path.Combine(v, "LiteratureResearch/GeneDump/WASF3.md"))),
        ("rename a note", v => File.Move(Path.Combine(v, "LiteratureResearch/GeneDump/ACVRL1.md"), Path.Combine(v, "LiteratureResearch/GeneDump/ACVRL1 renamed.md"))),
        ("change an r", v => Replace(v, "LiteratureResearch/GeneDump/SPRY2.md", t => t.Replace("X0.587101574631927_", "X0.687101574631927_", StringComparison.Ordinal))),
        ("drop a pathway line", v => Replace(v, "LiteratureResearch/GeneDump/AASS.md", t => PathCardsLink().Replace(t, "", 1))),
        ("add a gene", v => File.Copy(Path.Combine(RepoPaths.ExampleVault(), "Genes/EDN1.md"), Path.Combine(v, "LiteratureResearch/GeneDump/EDN1.md"))),
        ("move a note to another folder", v => File.Move(Path.Combine(v, "LiteratureResearch/GeneDump/BCR.md"), Path.Combine(v, "LiteratureResearch/Targets/BCR.md"))),
        ("delete a whole folder", v => Directory.Delete(Path.Combine(v, "LiteratureResearch/Targets"), recursive: true)), // BCR moved there
    ];

    [GeneratedRegex(@"\[[^\]]*\]\(https://pathcards[^)]*\)")]
    private static partial Regex PathCardsLink();

    private static void Replace(string vault, string note, Func<string, string> edit)
    {
        var path = Path.Combine(vault, note);
        var text = File.ReadAllText(path);
        var edited = edit(text);
        Assert.NotEqual(text, edited);
        File.WriteAllText(path, edited);
    }

    private static void CopyVault(string from, string to)
    {
        if (Directory.Exists(to)) Directory.Delete(to, recursive: true);
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    private static async Task RunAsync(BoltDriver driver, string statement, Dictionary<string, object?>? parameters = null)
    {
        await using var session = driver.Session();
        await session.RunAsync(statement, parameters, Ct);
    }

    private static Task WipeAsync(BoltDriver driver) => RunAsync(driver, "MATCH (n) DETACH DELETE n");

    /// <summary>The user's own: a node, its relationship to Gene LIF, and a property on LIF.</summary>
    private static Task AddUsersElementsAsync(BoltDriver driver) => RunAsync(driver,
        "MATCH (g:Gene {id: $gene}) SET g.myComment = 'check the knockout' CREATE (:Note {id: 'my-note', text: 'mine'})-[:ABOUT {since: 2024}]->(g)",
        new() { ["gene"] = "LIF" });

    private static LoadOptions Options(string vault) => LoadOptions.ForVault(vault) with { BatchSize = 50 };

    private static async Task<LoadSummary> LoadAsync(BoltDriver driver, string vault, LoadOptions? options = null) =>
        await new Neo4jLoader(driver, options ?? Options(vault)).LoadAsync(VaultGraph.Build(vault).Graph, cancellationToken: Ct);

    private static void AssertWritesNothing(LoadSummary reload)
    {
        Assert.True(reload.Plan.WritesNothing);
        Assert.Equal(0, reload.Batches);
        Assert.Equal((0L, 0L, 0L, 0L, 0L, 0L, 0L),
            (reload.NodesCreated, reload.NodesDeleted, reload.RelationshipsCreated, reload.RelationshipsDeleted, reload.PropertiesSet, reload.ConstraintsAdded, reload.IndexesAdded));
        Assert.All(reload.Plan.Nodes.Concat(reload.Plan.Relationships), c => Assert.Equal(0, c.Created + c.Updated + c.Deleted));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task After_every_vault_edit_a_load_equals_a_clean_load_keeps_the_users_elements_and_does_what_its_dry_run_said(bool keepingARecord)
    {
        var driver = server.RequireDriver();
        var thesis = RepoPaths.ThesisVault();
        using var scratch = new TempVault();
        using var records = new TempVault();
        var vault = Path.Combine(scratch.Root, "thesis");
        LoadOptions Options(string v) => SyncTests.Options(v) with { SnapshotDirectory = keepingARecord ? records.Root : null };
        Task<LoadSummary> LoadAsync(BoltDriver d, string v) => SyncTests.LoadAsync(d, v, Options(v));

        // The clean loads: the vault at every step into an empty database, then the user's elements.
        CopyVault(thesis, vault);
        var expected = new List<List<string>>();
        for (var step = 0; step <= Edits.Length; step++)
        {
            if (step > 0) Edits[step - 1].Edit(vault);
            await WipeAsync(driver);
            await LoadAsync(driver, vault);
            await AddUsersElementsAsync(driver);
            expected.Add(await Neo4jSnapshot.ReadAsync(driver, withMarks: true));
        }

        // The same edits, each followed by a load into the database the loads before left.
        CopyVault(thesis, vault);
        await WipeAsync(driver);
        await LoadAsync(driver, vault);
        await AddUsersElementsAsync(driver);
        Assert.Equal(expected[0], await Neo4jSnapshot.ReadAsync(driver, withMarks: true));
        for (var step = 1; step <= Edits.Length; step++)
        {
            var (what, edit) = Edits[step - 1];
            edit(vault);
            var graph = VaultGraph.Build(vault).Graph;
            var loader = new Neo4jLoader(driver, Options(vault));
            var before = await Neo4jSnapshot.ReadAsync(driver, withMarks: true);
            var plan = await loader.PlanAsync(graph, Ct);
            Assert.Equal(before, await Neo4jSnapshot.ReadAsync(driver, withMarks: true)); // the dry run wrote nothing
            Assert.False(plan.WritesNothing, what);
            Assert.Equal(keepingARecord, plan.FromSnapshot);

            var summary = await loader.LoadAsync(graph, cancellationToken: Ct);

            var actual = await Neo4jSnapshot.ReadAsync(driver, withMarks: true);
            Assert.True(expected[step].SequenceEqual(actual),
                $"after '{what}': missing {string.Join(" | ", expected[step].Except(actual))}; extra {string.Join(" | ", actual.Except(expected[step]))}");
            Assert.Equal(plan.Nodes, summary.Plan.Nodes);
            Assert.Equal(plan.Relationships, summary.Plan.Relationships);
            Assert.Equal(plan.Kept, summary.Plan.Kept);
            // The server's own counters agree with the plan (one graph: nothing is shared, nothing kept).
            Assert.Empty(plan.Kept);
            Assert.Equal(plan.Nodes.Sum(c => (long)c.Created), summary.NodesCreated);
            Assert.Equal(plan.Nodes.Sum(c => (long)c.Deleted), summary.NodesDeleted);
            Assert.Equal(plan.Relationships.Sum(c => (long)c.Created), summary.RelationshipsCreated);
            Assert.Equal(plan.Relationships.Sum(c => (long)c.Deleted), summary.RelationshipsDeleted);

            var reload = await loader.LoadAsync(graph, cancellationToken: Ct);
            AssertWritesNothing(reload);
            Assert.Equal(keepingARecord, reload.Plan.FromSnapshot);
        }
    }

    [Fact]
    public async Task A_reload_of_an_unchanged_vault_writes_nothing()
    {
        var driver = server.RequireDriver();
        await WipeAsync(driver);
        var vault = RepoPaths.ExampleVault();
        var first = await LoadAsync(driver, vault);
        Assert.True(first.NodesCreated > 0);
        var snapshot = await Neo4jSnapshot.ReadAsync(driver, withMarks: true);

        var reload = await LoadAsync(driver, vault);

        AssertWritesNothing(reload);
        Assert.Equal(first.Plan.Nodes.Select(c => c.Created), reload.Plan.Nodes.Select(c => c.Unchanged));
        Assert.Equal(snapshot, await Neo4jSnapshot.ReadAsync(driver, withMarks: true));
    }

    [Fact]
    public async Task A_changed_property_is_rewritten_and_one_gone_from_the_vault_is_removed_while_the_users_stays()
    {
        var driver = server.RequireDriver();
        await WipeAsync(driver);
        using var scratch = new TempVault();
        var vault = Path.Combine(scratch.Root, "example");
        CopyVault(RepoPaths.ExampleVault(), vault);
        await LoadAsync(driver, vault);
        await AddUsersElementsAsync(driver);
        Replace(vault, "Genes/LIF.md", t => Regex.Replace(t, @"### NCBI Gene Summary for LIF Gene[\s\S]*?(?=\n### )", ""));

        var summary = await LoadAsync(driver, vault);

        var genes = VaultGraph.Build(vault).Graph.CountNodesByLabel()[NodeLabel.Gene];
        Assert.Equal(new ElementChanges("Gene", 0, 1, 0, genes - 1), summary.Plan.Nodes.Single(c => c.Element == "Gene"));
        await using var session = driver.Session();
        var lif = await session.RunAsync("MATCH (g:Gene {id: 'LIF'}) RETURN g.ncbiSummary AS ncbi, g.myComment AS mine", cancellationToken: Ct);
        Assert.Null(lif.Records[0]["ncbi"]);
        Assert.Equal("check the knockout", lif.Records[0]["mine"]);
        Assert.Equal(Neo4jSnapshot.Of(VaultGraph.Build(vault).Graph),
            (await Neo4jSnapshot.ReadAsync(driver)).Where(l => !l.Contains("my-note", StringComparison.Ordinal))
                .Select(l => l.Replace(", myComment: \"check the knockout\"", "", StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public async Task A_node_gone_from_the_vault_but_held_by_a_users_relationship_is_kept_stripped_and_reported()
    {
        var driver = server.RequireDriver();
        await WipeAsync(driver);
        using var scratch = new TempVault();
        var vault = Path.Combine(scratch.Root, "example");
        CopyVault(RepoPaths.ExampleVault(), vault);
        await LoadAsync(driver, vault);
        await RunAsync(driver, "MATCH (d:Disease {id: 'leukemia'}) CREATE (:Note {id: 'my-note'})-[:ABOUT]->(d)");
        Replace(vault, "Genes/LIF.md", t => t.Replace("[Leukemia](http://www.malacards.org/card/leukemia \"See Leukemia at MalaCards\") and ", "", StringComparison.Ordinal));

        var plan = await new Neo4jLoader(driver, Options(vault)).PlanAsync(VaultGraph.Build(vault).Graph, Ct);
        var run = await CliLoadAsync(vault);

        Assert.Equal([new KeptNode(NodeLabel.Disease, "leukemia", 1)], plan.Kept);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("kept:                  Disease leukemia, gone from the vault but held by 1 relationship(s)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("nodes deleted:         0\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("relationships deleted: 1\n", run.Stdout, StringComparison.Ordinal);
        var snapshot = await Neo4jSnapshot.ReadAsync(driver, withMarks: true);
        Assert.Contains("Disease leukemia {id: \"leukemia\"}", snapshot);
        Assert.Contains("Note:my-note -ABOUT-> Disease:leukemia {}", snapshot);
        Assert.DoesNotContain(snapshot, l => l.Contains("-ASSOCIATED_WITH-> Disease:leukemia", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_node_two_graphs_share_stays_while_either_holds_it()
    {
        var driver = server.RequireDriver();
        await WipeAsync(driver);
        using var scratch = new TempVault();
        var a = Path.Combine(scratch.Root, "a");
        var b = Path.Combine(scratch.Root, "b");
        CopyVault(RepoPaths.ExampleVault(), a);
        Directory.CreateDirectory(b);
        File.Copy(Path.Combine(a, "Genes/LIF.md"), Path.Combine(b, "LIF.md"));
        await LoadAsync(driver, a);
        await LoadAsync(driver, b);
        Assert.Equal(["a", "b"], await GraphsOf(driver, $"MATCH (d:Disease {{id: 'leukemia'}}) RETURN d.{SyncMarks.Graphs.Name}"));

        File.Delete(Path.Combine(a, "Genes/LIF.md"));
        var withoutLif = await LoadAsync(driver, a);
        Assert.Empty(withoutLif.Plan.Kept);
        Assert.True(withoutLif.Plan.Released > 0);
        Assert.Equal(["b"], await GraphsOf(driver, $"MATCH (d:Disease {{id: 'leukemia'}}) RETURN d.{SyncMarks.Graphs.Name}"));
        Assert.Equal(["b"], await GraphsOf(driver, $"MATCH (:Gene {{id: 'LIF'}})-[r:ASSOCIATED_WITH]->(:Disease {{id: 'leukemia'}}) RETURN r.{SyncMarks.Graphs.Name}"));

        File.Delete(Path.Combine(b, "LIF.md"));
        await LoadAsync(driver, b);
        await using var session = driver.Session();
        Assert.Equal(0L, (await session.RunAsync("MATCH (d:Disease {id: 'leukemia'}) RETURN count(d)", cancellationToken: Ct)).Scalar());
        // What is left is exactly graph a's clean load.
        Assert.Equal(Neo4jSnapshot.Of(VaultGraph.Build(a).Graph), await Neo4jSnapshot.ReadAsync(driver));
    }

    [Fact]
    public async Task A_node_another_graph_creates_between_the_read_and_the_write_is_merged_once_and_the_load_goes_on()
    {
        var driver = server.RequireDriver();
        await WipeAsync(driver);
        using var scratch = new TempVault();
        var vault = Path.Combine(scratch.Root, "example");
        CopyVault(RepoPaths.ExampleVault(), vault);
        var graph = VaultGraph.Build(vault).Graph;
        // The plan finds an empty database, so every node is to be created; then "another graph" creates Gene LIF.
        var loader = new Neo4jLoader(driver, Options(vault))
        {
            AfterPlanning = _ => RunAsync(driver, $"CREATE (:Gene {{id: 'LIF', {SyncMarks.Graphs.Name}: ['other']}})"),
        };

        var summary = await loader.LoadAsync(graph, cancellationToken: Ct);

        Assert.True(summary.MergedAfterConflict >= 1);
        Assert.Equal(["other", "example"], await GraphsOf(driver, $"MATCH (g:Gene {{id: 'LIF'}}) RETURN g.{SyncMarks.Graphs.Name}"));
        Assert.Equal(Neo4jSnapshot.Of(graph), await Neo4jSnapshot.ReadAsync(driver)); // one LIF, every other element once
        AssertWritesNothing(await LoadAsync(driver, vault));
    }

    [Fact]
    public async Task A_new_node_that_the_user_made_before_the_first_load_is_merged_and_keeps_the_users_property()
    {
        var driver = server.RequireDriver();
        await WipeAsync(driver);
        using var scratch = new TempVault();
        var vault = Path.Combine(scratch.Root, "example");
        CopyVault(RepoPaths.ExampleVault(), vault);
        await RunAsync(driver, "CREATE CONSTRAINT ON (n:Gene) ASSERT n.id IS UNIQUE");
        await RunAsync(driver, "CREATE (:Gene {id: 'LIF', myComment: 'check the knockout'})");
        var graph = VaultGraph.Build(vault).Graph;

        var summary = await LoadAsync(driver, vault);

        Assert.Equal(0, summary.MergedAfterConflict); // the plan saw LIF: merged from the start, not created
        Assert.Equal(graph.CountNodesByLabel()[NodeLabel.Gene], summary.Plan.Nodes.Single(c => c.Element == "Gene").Created);
        Assert.Equal(graph.NodeCount - 1 + 1, summary.NodesCreated); // LIF merged; the graph's record created
        Assert.Equal(Neo4jSnapshot.Of(graph),
            (await Neo4jSnapshot.ReadAsync(driver)).Select(l => l.Replace(", myComment: \"check the knockout\"", "", StringComparison.Ordinal)).ToList());
    }

    private static async Task<List<string>> GraphsOf(BoltDriver driver, string query)
    {
        await using var session = driver.Session();
        var value = (await session.RunAsync(query, cancellationToken: Ct)).Scalar();
        return [.. Assert.IsAssignableFrom<IEnumerable<object?>>(value).Cast<string>()];
    }

    [Fact]
    public async Task No_prune_adds_and_updates_but_keeps_what_the_vault_lost()
    {
        var driver = server.RequireDriver();
        await WipeAsync(driver);
        using var scratch = new TempVault();
        var vault = Path.Combine(scratch.Root, "example");
        CopyVault(RepoPaths.ExampleVault(), vault);
        await LoadAsync(driver, vault);
        var before = await Neo4jSnapshot.ReadAsync(driver);
        File.Delete(Path.Combine(vault, "Genes/KCNK3.md"));

        var summary = await LoadAsync(driver, vault, Options(vault) with { Prune = false });

        Assert.All(summary.Plan.Nodes.Concat(summary.Plan.Relationships), c => Assert.Equal(0, c.Deleted));
        Assert.Equal(0, summary.NodesDeleted + summary.RelationshipsDeleted);
        var after = await Neo4jSnapshot.ReadAsync(driver);
        Assert.Contains(after, l => l.StartsWith("Gene KCNK3 ", StringComparison.Ordinal));
        Assert.Equal(before.Count(l => l.Contains("Gene:KCNK3 ", StringComparison.Ordinal)), after.Count(l => l.Contains("Gene:KCNK3 ", StringComparison.Ordinal)));
    }

    private Dictionary<string, string?> Environment() => new() { ["NEO4J_PASSWORD"] = server.Password };

    private async Task<ChildProcess.Result> CliLoadAsync(string vault, params string[] more)
    {
        server.RequireDriver();
        return await GeneGraphProcess.RunWithEnvironmentAsync(Environment(), ["load", vault, "--uri", server.Uri!, "--user", server.User, .. more]);
    }

    [Fact]
    public async Task The_dry_run_prints_the_plan_as_json_writes_nothing_and_exits_0()
    {
        var driver = server.RequireDriver();
        await WipeAsync(driver);
        using var scratch = new TempVault();
        var vault = Path.Combine(scratch.Root, "example");
        CopyVault(RepoPaths.ExampleVault(), vault);
        await LoadAsync(driver, vault);
        await RunAsync(driver, "CREATE (:Note {id: 'my-note'})");
        File.Delete(Path.Combine(vault, "Genes/KCNK3.md"));
        var before = await Neo4jSnapshot.ReadAsync(driver, withMarks: true);

        var run = await CliLoadAsync(vault, "--dry-run", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before, await Neo4jSnapshot.ReadAsync(driver, withMarks: true));
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.True(root.GetProperty("dryRun").GetBoolean());
        Assert.Equal("example", root.GetProperty("graph").GetString());
        Assert.Equal(1, root.GetProperty("leftAlone").GetProperty("unmarkedNodes").GetInt64());
        var summary = await LoadAsync(driver, vault);
        foreach (var c in summary.Plan.Nodes.Concat(summary.Plan.Relationships))
        {
            var planned = root.GetProperty(summary.Plan.Nodes.Contains(c) ? "nodes" : "relationships").GetProperty(c.Element);
            Assert.Equal(c, new ElementChanges(c.Element, planned.GetProperty("created").GetInt32(), planned.GetProperty("updated").GetInt32(),
                planned.GetProperty("deleted").GetInt32(), planned.GetProperty("unchanged").GetInt32()));
        }
        Assert.True(summary.Plan.Nodes.Single(c => c.Element == "Gene").Deleted >= 1);
    }

    [Fact]
    public async Task The_cli_compares_a_reload_with_its_record_of_the_last_load_unless_asked_for_a_full_compare()
    {
        var driver = server.RequireDriver();
        await WipeAsync(driver);
        using var scratch = new TempVault();
        var vault = Path.Combine(scratch.Root, "example");
        CopyVault(RepoPaths.ExampleVault(), vault);

        var first = await CliLoadAsync(vault);
        var again = await CliLoadAsync(vault);
        var full = await CliLoadAsync(vault, "--full-compare");
        var uncached = await CliLoadAsync(vault, "--no-cache", "--format", "json");

        Assert.Equal([0, 0, 0, 0], new[] { first.ExitCode, again.ExitCode, full.ExitCode, uncached.ExitCode });
        Assert.Contains(", first load", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("compared with:         this machine's record of the last load", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("unchanged: the database already holds this vault's graph", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("compared with:         every element read back from the database", full.Stdout, StringComparison.Ordinal);
        Assert.Contains("unchanged: the database already holds this vault's graph", full.Stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(uncached.Stdout);
        Assert.Equal("record", json.RootElement.GetProperty("comparedWith").GetString());
        Assert.True(json.RootElement.GetProperty("writesNothing").GetBoolean());
        Assert.Equal(Neo4jSnapshot.Of(VaultGraph.Build(vault).Graph), await Neo4jSnapshot.ReadAsync(driver));
    }

    [Fact]
    public async Task A_database_name_against_a_server_with_one_database_is_refused_with_exit_2()
    {
        var run = await CliLoadAsync(RepoPaths.ExampleVault(), "--database", "foo");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n'), l => l.StartsWith("genegraph: error:", StringComparison.Ordinal));
        Assert.Contains("the database \"foo\" was asked for, but Neo4j/3.1.1", line, StringComparison.Ordinal);
        Assert.Contains("single database", line, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Password, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_vault_under_the_same_graph_name_is_refused_until_renamed_or_forced()
    {
        var driver = server.RequireDriver();
        await WipeAsync(driver);
        using var scratch = new TempVault();
        var first = Path.Combine(scratch.Root, "one", "vault");
        var second = Path.Combine(scratch.Root, "two", "vault");
        CopyVault(RepoPaths.ExampleVault(), first);
        Directory.CreateDirectory(second);
        File.Copy(Path.Combine(first, "Genes/LIF.md"), Path.Combine(second, "LIF.md"));
        Assert.Equal(0, (await CliLoadAsync(first)).ExitCode);
        var loaded = await Neo4jSnapshot.ReadAsync(driver, withMarks: true);

        var refused = await CliLoadAsync(second);

        Assert.Equal(2, refused.ExitCode);
        var line = Assert.Single(refused.Stderr.Split('\n'), l => l.StartsWith("genegraph: error:", StringComparison.Ordinal));
        Assert.Contains($"the graph \"vault\" was loaded from {first}, not from {second}", line, StringComparison.Ordinal);
        Assert.Matches(@"would delete [1-9]\d* nodes and [1-9]\d* relationships", line);
        Assert.Contains("--graph", line, StringComparison.Ordinal);
        Assert.Contains("--force", line, StringComparison.Ordinal);
        Assert.Equal(loaded, await Neo4jSnapshot.ReadAsync(driver, withMarks: true));

        Assert.Equal(0, (await CliLoadAsync(second, "--graph", "vault-two")).ExitCode);
        Assert.Equal(0, (await CliLoadAsync(second, "--force")).ExitCode);
        await using var session = driver.Session();
        var vaults = await session.RunAsync($"MATCH (m:{SyncMarks.GraphLabel}) RETURN m.name AS name, m.vault AS vault ORDER BY name", cancellationToken: Ct);
        Assert.Equal([("vault", second), ("vault-two", second)], vaults.Records.Select(r => ((string)r["name"]!, (string)r["vault"]!)));
    }
}
