using GeneGraph.Diagnostics;
using GeneGraph.Graph;
using GeneGraph.Pipeline;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Writers.Neo4jImport;
using GeneGraph.Writers.Output;

namespace GeneGraph.Tests.Writers.Neo4jImport;

public sealed class Neo4jImportBundleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-bundle-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    internal const string Backslashes = @"C:\notes\ends in a backslash\";
    internal const string QuoteAfterBackslash = "a \\\" b \\\\\" c \"\" \\";

    /// <summary>The writer test graph (quotes, CR/LF, tabs, unicode, very long text, mixed-type column) with a
    /// string list that the importer can carry, backslashes, and ';', ',' and '|' inside list elements.</summary>
    internal static KnowledgeGraph NastyGraph()
    {
        var graph = new GraphBuilder(new DiagnosticBag()).Build(WriterTestGraph.Notes());
        var lif = graph.FindNode(NodeLabel.Gene, "LIF")!;
        var osm = graph.FindNode(NodeLabel.Gene, "OSM")!;
        lif.Properties.Set("aliases", new[] { "HILDA", "D-factor \"x\"", "a;b,c|d", "β <&> 🧬", " padded ", Backslashes, "line\nbreak\r\nCRLF" });
        lif.Properties.Set("curated", true);
        osm.Properties.Set("curated", false);
        lif.Properties.Set("score", 5L);
        osm.Properties.Set("score", -2L);
        lif.Properties.Set("weight", 2.0);
        lif.Properties.Set("fullName", QuoteAfterBackslash);
        lif.Properties.Set("windowsPath", Backslashes);
        osm.Properties.Set("uniProtSummary", WriterTestGraph.XmlIllegal);
        osm.Properties.Set("ncbiSummary", "unit separator \u001F inside a plain string, tab\t, comma, \"quote\"");
        var paper = graph.FindNode(NodeLabel.Paper, "0123456789abcdef0123456789abcdef")!;
        graph.FindEdge(paper, RelationshipType.Mentions, lif)!.Properties.Set("url", "https://consensus.app/x?y=1&z=2,\"3\"");
        return graph;
    }

    private string WriteBundle(KnowledgeGraph graph)
    {
        var target = Path.Combine(_folder, "bundle");
        new Neo4jImportBundleWriter().Write(graph, target);
        return target;
    }

    [Fact]
    public void Headers_are_typed_with_one_id_space_per_label()
    {
        var bundle = WriteBundle(VaultGraph.Build(RepoPaths.ExampleVault()).Graph);

        Assert.Equal(
            ["id:ID(Gene)", ":LABEL", "biotype", "curie", "ensemblId", "fullName", "geneCardsSummary", "ncbiGeneId:long", "ncbiSummary", "rnaClass", "symbol", "xrefs:string[]", "sources:string[]"],
            BundleReader.Read(Path.Combine(bundle, "nodes-Gene.csv")).Header);
        Assert.Equal(["id:ID(Locus)", ":LABEL", "chrom", "curie", "end:long", "start:long", "sources:string[]"],
            BundleReader.Read(Path.Combine(bundle, "nodes-Locus.csv")).Header);
        Assert.Equal([":START_ID(Locus)", ":END_ID(Trait)", ":TYPE", "absR:double", "gene", "plot", "r:double", "sources:string[]"],
            BundleReader.Read(Path.Combine(bundle, "relationships-CORRELATES_WITH.csv")).Header);
        Assert.Equal([":START_ID(Paper)", ":END_ID(Gene)", ":TYPE", "claim", "sources:string[]"],
            BundleReader.Read(Path.Combine(bundle, "relationships-MENTIONS.csv")).Header);
        var files = Directory.GetFiles(bundle).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [".genegraph-neo4j-import", "README.md", "import.sh",
             .. Enum.GetValues<NodeLabel>().Select(Neo4jImportFormat.NodeFileName).Order(StringComparer.Ordinal),
             .. RelationshipTypes.All.Where(t => !t.IsDerived()).Select(Neo4jImportFormat.RelationshipFileName).Order(StringComparer.Ordinal)],
            files.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Every_node_edge_and_property_reads_back_with_its_type()
    {
        var graph = NastyGraph();
        var bundle = WriteBundle(graph);

        var expected = new List<string>();
        foreach (var node in graph.Nodes)
            expected.Add(Line($"{node.Label} {node.Key}", Typed(node.Properties, node.Sources)));
        foreach (var edge in graph.Edges)
            expected.Add(Line($"{edge.Source.Label}:{edge.Source.Key} -{edge.Type.Name()}-> {edge.Target.Label}:{edge.Target.Key}", Typed(edge.Properties, edge.Sources)));

        var actual = new List<string>();
        foreach (var label in Enum.GetValues<NodeLabel>())
        {
            var table = BundleReader.Read(Path.Combine(bundle, Neo4jImportFormat.NodeFileName(label)));
            foreach (var row in table.Rows)
            {
                Assert.Equal(label.ToString(), row[":LABEL"]);
                var props = row.Where(c => c.Key is not (":LABEL") && !c.Key.StartsWith("id:", StringComparison.Ordinal) && c.Value is not null)
                    .ToDictionary(c => BundleReader.NameOf(c.Key), c => c.Value!);
                actual.Add(Line($"{label} {row[$"id:ID({label})"]}", props));
            }
        }
        foreach (var type in RelationshipTypes.All.Where(t => graph.EdgesOfType(t).Any())) // the bundle leaves out empty types
        {
            var (from, to) = type.Endpoints();
            var table = BundleReader.Read(Path.Combine(bundle, Neo4jImportFormat.RelationshipFileName(type)));
            foreach (var row in table.Rows)
            {
                Assert.Equal(type.Name(), row[":TYPE"]);
                var props = row.Where(c => !c.Key.StartsWith(':') && c.Value is not null).ToDictionary(c => BundleReader.NameOf(c.Key), c => c.Value!);
                actual.Add(Line($"{from}:{row[$":START_ID({from})"]} -{type.Name()}-> {to}:{row[$":END_ID({to})"]}", props));
            }
        }
        expected.Sort(StringComparer.Ordinal);
        actual.Sort(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    private static Dictionary<string, object> Typed(PropertyBag properties, SourceList sources)
    {
        // an empty string reads back as an empty field here; Neo4j tells "" from nothing (tested on the real server)
        var props = properties.Where(p => p.Value is not "").ToDictionary(p => p.Key, p => Utf8(p.Value));
        props["sources"] = sources.Select(s => s.ToString()).ToArray();
        return props;
    }

    /// <summary>UTF-8 cannot carry a lone surrogate: the file has U+FFFD instead, as the JSON export does.</summary>
    private static object Utf8(object value) =>
        value is string s ? System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(s)) : value;

    private static string Line(string head, IReadOnlyDictionary<string, object> props) =>
        head + " {" + string.Join(", ", props.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {Show(p.Value)}")) + "}";

    private static string Show(object value) => value switch
    {
        string s => "string " + System.Text.Json.JsonSerializer.Serialize(s),
        long l => "long " + GeneGraph.Writers.ValueText.Long(l),
        double d => "double " + GeneGraph.Writers.ValueText.Double(d),
        bool b => "boolean " + GeneGraph.Writers.ValueText.Bool(b),
        IEnumerable<string> list => "string[] " + System.Text.Json.JsonSerializer.Serialize(list.ToArray()),
        _ => throw new ArgumentException(value.GetType().Name),
    };

    [Fact]
    public void Strings_are_quoted_with_backslashes_doubled_and_absent_values_are_empty_fields()
    {
        var graph = NastyGraph();
        graph.FindNode(NodeLabel.Gene, "OSM")!.Properties.Set("score", 2.5);
        var bundle = WriteBundle(graph);
        var genes = File.ReadAllText(Path.Combine(bundle, "nodes-Gene.csv"));

        Assert.DoesNotContain('\uFEFF', genes);
        Assert.StartsWith("id:ID(Gene),:LABEL,aliases:string[],biotype,curated:boolean,", genes, StringComparison.Ordinal);
        Assert.Contains("\"C:\\\\notes\\\\ends in a backslash\\\\\"", genes, StringComparison.Ordinal);
        Assert.Contains("\"a \\\\\"\" b \\\\\\\\\"\" c \"\"\"\" \\\\\"", genes, StringComparison.Ordinal);
        Assert.Contains("HILDA\u001FD-factor \"\"x\"\"\u001Fa;b,c|d", genes, StringComparison.Ordinal);
        Assert.Contains(",true,", genes, StringComparison.Ordinal);
        // LIF's UniProt summary is the empty string: quoted; OSM has none: an empty field
        var lif = genes.Split("\n\"LIF\",Gene,")[1];
        Assert.Contains(",\"\",", lif, StringComparison.Ordinal);
        Assert.Contains("\"OSM\",Gene,,,false,", genes, StringComparison.Ordinal);
        // the mixed long/double column is a string column
        Assert.Contains(",score,", genes.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains(",\"5\",", genes, StringComparison.Ordinal);
        Assert.Contains("1E-07", File.ReadAllText(Path.Combine(bundle, "relationships-CORRELATES_WITH.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_element_holding_the_array_delimiter_or_empty_is_refused_and_nothing_is_written()
    {
        var graph = NastyGraph();
        graph.FindNode(NodeLabel.Gene, "LIF")!.Properties.Set("aliases", new[] { "a\u001Fb" });
        var target = Path.Combine(_folder, "bundle");
        var error = Assert.Throws<Neo4jImportException>(() => new Neo4jImportBundleWriter().Write(graph, target));
        Assert.Contains("Gene:LIF.aliases", error.Message);
        Assert.Contains("U+001F", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));

        var empty = Assert.Throws<Neo4jImportException>(() => new Neo4jImportBundleWriter().Write(WriterTestGraph.Build(), target));
        Assert.Contains("an empty string inside a list", empty.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void An_earlier_bundle_is_replaced_but_any_other_folder_is_refused()
    {
        var target = Path.Combine(_folder, "bundle");
        var first = new Neo4jImportBundleWriter().Write(VaultGraph.Build(RepoPaths.ExampleVault()).Graph, target);
        File.WriteAllText(Path.Combine(target, "stale.csv"), "left from before");
        new Neo4jImportBundleWriter().Write(NastyGraph(), target);
        Assert.False(File.Exists(Path.Combine(target, "stale.csv")));
        Assert.Equal([Path.Combine(_folder, "bundle")], Directory.GetFileSystemEntries(_folder));
        Assert.Equal(7, first.NodeFiles.Count);

        var other = Path.Combine(_folder, "thesis");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "chapter1.md"), "precious");
        var error = Assert.Throws<OutputTargetException>(() => new Neo4jImportBundleWriter().Write(NastyGraph(), other));
        Assert.Contains("refusing to replace", error.Message);
        Assert.Equal(["chapter1.md"], Directory.GetFileSystemEntries(other).Select(Path.GetFileName));
        Assert.Throws<OutputTargetException>(() => new Neo4jImportBundleWriter().Write(NastyGraph(), Path.Combine(other, "chapter1.md")));
    }

    [Fact]
    public void A_failure_mid_write_leaves_the_old_bundle_and_no_temp_folder()
    {
        var target = Path.Combine(_folder, "bundle");
        new Neo4jImportBundleWriter().Write(NastyGraph(), target);
        var before = File.ReadAllText(Path.Combine(target, "nodes-Gene.csv"));

        var error = Assert.Throws<InvalidOperationException>(() => Neo4jImportBundleWriter.Target(target).Write(temp =>
        {
            File.WriteAllText(Path.Combine(temp, "nodes-Gene.csv"), "half");
            throw new InvalidOperationException("disk on fire");
        }));
        Assert.Equal("disk on fire", error.Message);
        Assert.Equal(before, File.ReadAllText(Path.Combine(target, "nodes-Gene.csv")));
        Assert.Equal([target], Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void Import_sh_is_valid_bash_and_names_every_file_with_the_matching_flags()
    {
        var bundle = WriteBundle(VaultGraph.Build(RepoPaths.ExampleVault()).Graph);
        var script = File.ReadAllText(Path.Combine(bundle, "import.sh"));

        Assert.StartsWith("#!/usr/bin/env bash\n", script, StringComparison.Ordinal);
        Assert.Contains("nodes=(nodes-Gene.csv nodes-Locus.csv nodes-Trait.csv nodes-Pathway.csv nodes-Disease.csv nodes-Paper.csv nodes-GoTerm.csv)", script);
        Assert.Contains("relationships=(relationships-HAS_LOCUS.csv relationships-CORRELATES_WITH.csv", script);
        foreach (var flag in new[] { "database import full", "--legacy-style-quoting=true", "--multiline-fields true", "--array-delimiter \"$array_delimiter\"", "--input-encoding=UTF-8", "--into \"$store\"" })
            Assert.Contains(flag, script);
        if (!OperatingSystem.IsWindows())
            Assert.True(File.GetUnixFileMode(Path.Combine(bundle, "import.sh")).HasFlag(UnixFileMode.UserExecute));

        var check = Bash("-n", Path.Combine(bundle, "import.sh"));
        Assert.True(check.ExitCode == 0, check.Stderr);
        var missing = Bash(Path.Combine(bundle, "import.sh"), new Dictionary<string, string?> { ["NEO4J_HOME"] = Path.Combine(_folder, "no-neo4j-here") });
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("neither neo4j-admin nor neo4j-import found", missing.Stderr);
        var genes = VaultGraph.Build(RepoPaths.ExampleVault()).Graph.CountNodesByLabel()[NodeLabel.Gene];
        Assert.Contains($"| `nodes-Gene.csv` | {genes} |", File.ReadAllText(Path.Combine(bundle, "README.md")));
    }

    internal static ChildProcess.Result Bash(string a, string b) => ChildProcess.Run("bash", [a, b]);

    internal static ChildProcess.Result Bash(string script, Dictionary<string, string?> environment) => ChildProcess.Run("bash", [script], environment);
}
