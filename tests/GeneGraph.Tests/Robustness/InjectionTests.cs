using System.Text.Json;
using GeneGraph.Bolt;
using GeneGraph.Cypher;
using GeneGraph.Graph;
using GeneGraph.Neo4j.Loading;
using GeneGraph.Pipeline;
using GeneGraph.Schema;
using GeneGraph.Tests.Bolt.RealServer;
using GeneGraph.Tests.Bolt.Scripted;
using GeneGraph.Tests.Neo4j;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Tests.Writers;
using GeneGraph.Tests.Writers.Neo4jImport;
using GeneGraph.Writers;
using GeneGraph.Writers.Neo4jImport;

namespace GeneGraph.Tests.Robustness;

/// <summary>
/// Cypher, XML, CSV and shell metacharacters in a real note (through the parser) end up byte-identical in Neo4j,
/// GraphML (networkx), the Cypher script (run on the server) and the CSV bundle; and the loader never builds query
/// text from note content.
/// </summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class InjectionTests(Neo4jServerFixture server) : IDisposable
{
    /// <summary>Cypher (<c>' " ` } $x // ; MATCH … DELETE</c>), XML (<c>&lt; &amp; ]]&gt;</c>), CSV (<c>, " | ;</c>, backslash) and shell.</summary>
    private const string Hostile = "'\"`}$x // ; MATCH (n) DETACH DELETE n <&]]> ,\"|; $(rm -rf /) `id` && echo \\ end";

    /// <summary>The gene symbol, carried by the file name and the summary headings (\S+; the symbol is upper-cased).</summary>
    private const string Symbol = "X'\"`}$X;&&|<&>\\";

    /// <summary>
    /// A GeneCards sentence splits its list on commas and reads the sentence's own source text, so a disease name
    /// and the full name carry no comma, brackets, backticks or backslashes.
    /// </summary>
    private const string GeneCardsText = "'}$x // ; MATCH (n) DETACH DELETE n |; $(rm -rf /) && echo end";

    /// <summary>What no note field can carry (a newline, CR, more CSV/XML): set on the graph directly.</summary>
    private const string Multiline = "first\nMATCH (n) DETACH DELETE n;\r\n\"a\",\"b\"|c;d\n<x>&amp;]]></x>\n$(rm -rf /) `id` && true\\";

    private readonly TempVault _vault = new();

    public void Dispose() => _vault.Dispose();

    /// <summary>Markdown escapes so the parser's text is <paramref name="s"/> itself.</summary>
    private static string Md(string s) => s.Replace("\\", "\\\\").Replace("`", "\\`").Replace("[", "\\[").Replace("]", "\\]");

    private static string Note() => $"""
        # Plots
        ## T {Md(Hostile)}
        ![[X0.5_ENSG00000128342_chr22.30247659.30247698.png]]

        # Info
        ### Consensus
        C {Md(Hostile)}.(https://consensus.app/papers/factor-signaling-hypertension-pullamsetti/d6b431bf8353544c85889eef0e7c91cf/?q=x)

        ### NCBI Gene Summary for {Symbol} Gene

        [](https://www.ncbi.nlm.nih.gov/gene/3976)

        - N {Md(Hostile)}

        ### GeneCards Summary for {Symbol} Gene

        {Symbol} (F {GeneCardsText}) is a Protein Coding gene. Diseases associated with {Symbol} include [D {GeneCardsText}](http://www.malacards.org/card/d "See D") and [Other](http://www.malacards.org/card/o "See"). Among its related pathways are [P {Md(Hostile)}](https://pathcards.genecards.org/card/p "See P") and [ERK Signaling](https://pathcards.genecards.org/card/erk_signaling "See ERK").

        """;

    /// <summary>The hostile vault's graph, checked to hold every hostile string where the note put it.</summary>
    private KnowledgeGraph HostileGraph()
    {
        _vault.Write($"Genes/{Symbol}.md", Note());
        var graph = VaultGraph.Build(_vault.Root).Graph;

        var gene = Assert.Single(graph.NodesWithLabel(NodeLabel.Gene));
        Assert.Equal(Symbol, gene.Key);
        Assert.Equal(Symbol, gene.Properties["symbol"]);
        Assert.Equal("F " + GeneCardsText, gene.Properties["fullName"]);
        Assert.Equal("N " + Hostile, gene.Properties["ncbiSummary"]);
        var trait = Assert.Single(graph.NodesWithLabel(NodeLabel.Trait));
        Assert.Equal("T " + Hostile, trait.Key);
        Assert.Equal("T " + Hostile, trait.Properties["name"]);
        Assert.Contains(graph.NodesWithLabel(NodeLabel.Pathway), p => Equals(p.Properties["name"], "P " + Hostile));
        Assert.Contains(graph.NodesWithLabel(NodeLabel.Disease), d => Equals(d.Properties["name"], "D " + GeneCardsText));
        var mentions = Assert.Single(graph.EdgesOfType(RelationshipType.Mentions));
        Assert.Equal("C " + Hostile + ".", mentions.Properties["claim"]);
        Assert.Contains(graph.EdgesOfType(RelationshipType.CorrelatesWith), e => Equals(e.Properties["gene"], Symbol));

        gene.Properties.Set("notes", Multiline);
        mentions.Properties.Set("comment", Multiline);
        return graph;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task RunAsync(BoltDriver driver, string statement)
    {
        await using var session = driver.Session();
        await session.RunAsync(statement, cancellationToken: Ct);
    }

    [Fact]
    public async Task A_load_keeps_every_hostile_string_byte_for_byte()
    {
        var driver = server.RequireDriver();
        var graph = HostileGraph();
        await RunAsync(driver, "MATCH (n) DETACH DELETE n");

        await new Neo4jLoader(driver).LoadAsync(graph, cancellationToken: Ct);

        var loaded = await Neo4jSnapshot.ReadAsync(driver);
        Assert.Equal(Neo4jSnapshot.Of(graph), loaded);
        Assert.Contains(loaded, line => line.StartsWith("Trait T '", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_cypher_script_run_on_the_server_makes_exactly_the_graph()
    {
        var driver = server.RequireDriver();
        var graph = HostileGraph();
        await RunAsync(driver, "MATCH (n) DETACH DELETE n");
        using var stream = new MemoryStream();
        CypherScriptWriter.Neo4j3.Write(graph, stream);
        var statements = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
            .ToList();

        foreach (var statement in statements)
        {
            Assert.EndsWith(";", statement, StringComparison.Ordinal);
            await RunAsync(driver, statement[..^1]);
        }

        Assert.Equal(Neo4jSnapshot.Of(graph), await Neo4jSnapshot.ReadAsync(driver));
    }

    [Fact]
    public void GraphML_read_by_networkx_keeps_every_hostile_string()
    {
        if (Networkx.Unavailable() is { } why) Assert.Fail(why);
        var graph = HostileGraph();
        var path = Path.Combine(_vault.Root, "graph.graphml");
        using (var file = File.Create(path)) new GraphMLWriter().Write(graph, file);
        using var read = Networkx.Read(path);

        // GraphML element ids are n0, n1, …; the node's label and key are its "kind" and "id" attributes.
        var nodes = read.RootElement.GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n[0].GetString()!, n => (Name: $"{n[1].GetProperty("kind")[1].GetString()}:{n[1].GetProperty("id")[1].GetString()}", Attributes: n[1]));
        var byName = nodes.Values.ToDictionary(n => n.Name, n => n.Attributes);
        Assert.Equal(graph.NodeCount, byName.Count);
        foreach (var node in graph.Nodes)
            AssertStrings(node.Properties, byName[$"{node.Label}:{node.Key}"]);

        var edges = read.RootElement.GetProperty("edges").EnumerateArray()
            .ToDictionary(e => (nodes[e[0].GetString()!].Name, nodes[e[1].GetString()!].Name), e => e[2]);
        Assert.Equal(graph.EdgeCount, edges.Count);
        foreach (var edge in graph.Edges)
            AssertStrings(edge.Properties, edges[($"{edge.Source.Label}:{edge.Source.Key}", $"{edge.Target.Label}:{edge.Target.Key}")]);
    }

    /// <summary>Each string property as networkx read it: under its name, or <c>p_name</c> where it clashes with a built-in column.</summary>
    private static void AssertStrings(PropertyBag properties, JsonElement attributes)
    {
        foreach (var (name, value) in properties)
        {
            if (value is not string text) continue;
            var typed = attributes.TryGetProperty(GraphMLWriter.PropertyPrefix + name, out var prefixed) ? prefixed : attributes.GetProperty(name);
            Assert.Equal("str", typed[0].GetString());
            Assert.Equal(text, typed[1].GetString());
        }
    }

    [Fact]
    public void The_csv_bundle_reads_back_every_hostile_string()
    {
        var graph = HostileGraph();
        var bundle = Path.Combine(_vault.Root, "bundle");
        new Neo4jImportBundleWriter().Write(graph, bundle);

        foreach (var label in Enum.GetValues<NodeLabel>())
        {
            var nodes = graph.NodesWithLabel(label).ToList();
            var file = Path.Combine(bundle, Neo4jImportFormat.NodeFileName(label));
            if (nodes.Count == 0 && !File.Exists(file)) continue; // the bundle leaves out empty labels
            var rows = BundleReader.Read(file).Rows.ToDictionary(r => (string)r[$"id:ID({label})"]!);
            Assert.Equal(nodes.Count, rows.Count);
            foreach (var node in nodes)
                AssertStrings(node.Properties, rows[node.Key]);
        }
        foreach (var type in RelationshipTypes.All)
        {
            var (from, to) = type.Endpoints();
            var edges = graph.EdgesOfType(type).ToList();
            var file = Path.Combine(bundle, Neo4jImportFormat.RelationshipFileName(type));
            if (edges.Count == 0 && !File.Exists(file)) continue;
            var rows = BundleReader.Read(file).Rows.ToDictionary(r => ((string)r[$":START_ID({from})"]!, (string)r[$":END_ID({to})"]!));
            Assert.Equal(edges.Count, rows.Count);
            foreach (var edge in edges)
                AssertStrings(edge.Properties, rows[(edge.Source.Key, edge.Target.Key)]);
        }
    }

    private static void AssertStrings(PropertyBag properties, IReadOnlyDictionary<string, object?> row)
    {
        foreach (var (name, value) in properties)
        {
            if (value is not string text) continue;
            var column = Assert.Single(row.Keys, k => BundleReader.NameOf(k) == name);
            Assert.Equal(text, row[column]);
        }
    }

    /// <summary>
    /// Every RUN the loader sends (to a scripted Bolt 4.4 server) is exactly one of CypherStatements' texts; the hostile
    /// text travels only in the parameters.
    /// </summary>
    [Fact]
    public async Task The_loader_sends_only_the_fixed_statements_and_the_text_only_as_parameters()
    {
        var graph = HostileGraph();
        var runs = new List<(string Statement, Dictionary<string, object?> Parameters)>();
        await using var fake = new ScriptedBoltServer(async c =>
        {
            await ScriptedTest.HelloV44Async(c);
            while (true)
            {
                var message = await c.ReadMessageAsync();
                if (message.Name == "GOODBYE") break;
                Assert.Equal("BEGIN", message.Name);
                var run = await c.ExpectAsync("RUN");
                runs.Add((Assert.IsType<string>(run.Fields[0]), ScriptedTest.Params(run.Fields)));
                await c.ExpectAsync("PULL");
                await c.SuccessAsync();
                await c.SuccessAsync(ScriptedTest.Map(("fields", new List<object?>())));
                await c.SuccessAsync(ScriptedTest.Map(("stats", ScriptedTest.Map())));
                await c.ExpectAsync("COMMIT");
                await c.SuccessAsync();
            }
        });

        await ScriptedTest.RunAsync(fake, async () =>
        {
            await using var driver = new BoltDriver(fake.BoltUri, ScriptedTest.Auth, ScriptedTest.Options);
            await new Neo4jLoader(driver, new LoadOptions { BatchSize = 2, Concurrency = 1, Vault = Hostile }).LoadAsync(graph, cancellationToken: Ct); // the script serves one connection
        });

        var schema = CypherStatements.Schema(new Version(4, 4, 30));
        var labels = Enum.GetValues<NodeLabel>();
        var types = RelationshipTypes.All;
        var reads = new[] { SyncStatements.ReadGraph }.Concat(labels.Select(SyncStatements.ReadNodes)).Concat(types.Select(SyncStatements.ReadRelationships)).ToList();
        var bookkeeping = new[] { SyncStatements.WriteGraph, SyncStatements.MarkWriting, SyncStatements.FinishWriting };
        var writes = bookkeeping
            .Concat(labels.Select(SyncStatements.UpsertNodes))
            .Concat(labels.Select(SyncStatements.CreateNodes))
            .Concat(types.Select(type => SyncStatements.UpsertRelationships(type, new Version(4, 4, 30))))
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(runs, run => Assert.True(schema.Contains(run.Statement) || reads.Contains(run.Statement) || writes.Contains(run.Statement), run.Statement));
        Assert.Equal(reads, runs.Take(reads.Count).Select(r => r.Statement));
        Assert.Equal(schema, runs.Skip(reads.Count).Take(schema.Count).Select(r => r.Statement));
        Assert.All(runs.Skip(reads.Count).Take(schema.Count), run => Assert.Empty(run.Parameters));
        Assert.All(runs, run => Assert.DoesNotContain("rm -rf", run.Statement, StringComparison.Ordinal));

        var record = Assert.Single(runs, r => r.Statement == SyncStatements.WriteGraph);
        Assert.Equal(Hostile, record.Parameters["vault"]);
        // The generation is the load's own random value, never note text.
        Assert.All(runs.Where(r => r.Statement == SyncStatements.MarkWriting || r.Statement == SyncStatements.FinishWriting), run =>
            Assert.All(run.Parameters.Where(p => p.Key != "graph"), p => Assert.Matches("^(writing )?[0-9a-f]{32}$", Assert.IsType<string>(p.Value))));
        var merges = runs.Skip(reads.Count + schema.Count).Where(r => !bookkeeping.Contains(r.Statement)).ToList();
        Assert.All(merges, run => Assert.Equal(["graph", "rows"], run.Parameters.Keys.Order()));
        var parameterText = merges.SelectMany(run => Strings(run.Parameters["rows"])).ToList();
        foreach (var expected in new[] { Symbol, "T " + Hostile, "P " + Hostile, "N " + Hostile, "C " + Hostile + ".", "D " + GeneCardsText, Multiline })
            Assert.Contains(expected, parameterText);
        Assert.Equal(graph.NodeCount + graph.EdgeCount, merges.Sum(run => Assert.IsAssignableFrom<IReadOnlyList<object?>>(run.Parameters["rows"]).Count));
    }

    private static IEnumerable<string> Strings(object? value) => value switch
    {
        string s => [s],
        IReadOnlyDictionary<string, object?> map => map.Values.SelectMany(Strings),
        IEnumerable<object?> list => list.SelectMany(Strings),
        _ => [],
    };
}
