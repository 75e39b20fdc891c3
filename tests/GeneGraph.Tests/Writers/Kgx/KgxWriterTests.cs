using System.Text.Json;
using GeneGraph.Graph;
using GeneGraph.Schema;
using GeneGraph.Tests.EndToEnd;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Writers;
using GeneGraph.Writers.Kgx;

namespace GeneGraph.Tests.Writers.Kgx;

/// <summary>
/// The thesis vault exported as KGX (TSV and JSON Lines), read back by Python's csv and json modules (not by
/// GeneGraph's code), and every category, predicate, column and CURIE prefix looked up in the Biolink model itself.
/// </summary>
public sealed class KgxWriterTests(ThesisVaultFixture thesis) : IClassFixture<ThesisVaultFixture>, IDisposable
{
    // Reads both files as KGX consumers do: TSV with csv (tab, lists split on '|'), JSON Lines with json.
    private const string Reader = """
        import csv, json, sys
        folder, kind = sys.argv[1], sys.argv[2]
        def tsv(name):
            with open(f"{folder}/{name}.tsv", newline="", encoding="utf-8") as f:
                rows = list(csv.DictReader(f, delimiter="\t"))
            lists = {"category", "xref", "provided_by", "in_taxon", "publications"}
            out = []
            for row in rows:
                rec = {}
                for k, v in row.items():
                    if v == "": continue
                    rec[k] = v.split("|") if k in lists else (float(v) if k in ("r", "absR") else v)
                out.append(rec)
            return out
        def jsonl(name):
            with open(f"{folder}/{name}.jsonl", encoding="utf-8") as f:
                return [json.loads(line) for line in f if line.strip()]
        read = tsv if kind == "tsv" else jsonl
        print(json.dumps({"nodes": read("nodes"), "edges": read("edges")}))
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-kgx-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("kgx", "tsv")]
    [InlineData("kgx-jsonl", "jsonl")]
    public void Python_reads_back_one_node_per_curie_and_one_edge_per_relationship_between_them(string format, string kind)
    {
        var graph = thesis.Require().Graph;
        var (nodes, edges) = ExportAndRead(graph, format, kind);

        var expectedIds = graph.Nodes.Select(n => (string)n.Properties[NodeProperties.Curie]!).ToHashSet(StringComparer.Ordinal);
        var ids = nodes.Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(expectedIds, ids.ToHashSet(StringComparer.Ordinal));
        Assert.Equal(graph.EdgeCount, edges.Count);
        foreach (var edge in edges)
        {
            Assert.Contains(edge.GetProperty("subject").GetString()!, expectedIds);
            Assert.Contains(edge.GetProperty("object").GetString()!, expectedIds);
        }

        // each relationship is there, with r's sign in the predicate and r itself
        var expected = graph.Edges.Select(e => Describe(Curie(e.Source), e.Type, Curie(e.Target), e.Properties[RelationshipProperties.R] as double?))
            .Order(StringComparer.Ordinal);
        var read = edges.Select(e => Describe(e)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, read);
    }

    [Theory]
    [InlineData("kgx", "tsv")]
    [InlineData("kgx-jsonl", "jsonl")]
    public void Every_category_predicate_column_enum_value_and_prefix_exists_in_the_Biolink_model(string format, string kind)
    {
        var model = BiolinkModel.Load();
        Assert.Equal("4.4.4", model.Version);
        var (nodes, edges) = ExportAndRead(thesis.Require().Graph, format, kind);

        var columns = nodes.Concat(edges).SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Distinct()
            .Except(KgxFormat.OwnColumns).ToList();
        Assert.All(columns, c => Assert.Contains(c, model.Slots));

        var categories = nodes.SelectMany(n => n.GetProperty("category").EnumerateArray().Select(c => c.GetString()!)).Distinct().ToList();
        Assert.All(categories, c => Assert.Contains(c, model.Categories));
        Assert.All(categories, c => Assert.DoesNotContain(c, model.MixinCategories));
        Assert.Contains("biolink:MolecularActivity", categories); // GeneCards' GO phrases are molecular functions

        var predicates = edges.Select(e => e.GetProperty("predicate").GetString()!).Distinct().ToList();
        Assert.All(predicates, p => Assert.True(model.IsPredicate(p), $"{p} is no Biolink slot"));
        Assert.Contains(BiolinkMapping.PositivelyCorrelatedWith, predicates);
        Assert.Contains(BiolinkMapping.NegativelyCorrelatedWith, predicates);

        Assert.All(edges.Select(e => e.GetProperty("knowledge_level").GetString()!), v => Assert.Contains(v, model.Enum("KnowledgeLevelEnum")));
        Assert.All(edges.Select(e => e.GetProperty("agent_type").GetString()!), v => Assert.Contains(v, model.Enum("AgentTypeEnum")));

        var curies = nodes.SelectMany(n => Strings(n, "id").Concat(Strings(n, "xref")).Concat(Strings(n, "in_taxon")))
            .Concat(edges.SelectMany(e => Strings(e, "publications")));
        var prefixes = curies.Select(BiolinkModel.PrefixOf).OfType<string>().Distinct().ToList();
        var own = prefixes.Where(p => CuriePrefixes.AllOwn.Contains(p)).ToList();
        Assert.All(prefixes.Except(own), p => Assert.Contains(p, model.Prefixes));
        Assert.All(own, p => Assert.DoesNotContain(p, model.Prefixes));
        Assert.Contains(CuriePrefixes.NcbiGene, prefixes);
        Assert.Contains(CuriePrefixes.Ensembl, prefixes);
        Assert.Contains(CuriePrefixes.Doi, prefixes);

        // infores: is the model's own way to name a knowledge source (its primary_knowledge_source examples)
        var sources = nodes.SelectMany(n => Strings(n, "provided_by")).Concat(edges.Select(e => e.GetProperty("primary_knowledge_source").GetString()!)).Distinct().ToList();
        Assert.Equal(["infores:genegraph-thesis-vault"], sources);
        Assert.Contains("\"primary knowledge source\" for this edge is \"infores:", model.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_is_not_a_KGX_export_is_refused_and_left_as_it_was()
    {
        var target = Path.Combine(_folder, "mine");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");
        var writer = GraphWriters.ByFormat("kgx")!;
        Assert.Throws<GeneGraph.Writers.Output.OutputTargetException>(() => writer.Write(thesis.Require().Graph, writer.TargetAt(target)));
        Assert.Equal(["notes.txt"], Directory.GetFiles(target).Select(Path.GetFileName));
    }

    private (List<JsonElement> Nodes, List<JsonElement> Edges) ExportAndRead(KnowledgeGraph graph, string format, string kind)
    {
        if (ChildProcessAvailable() is { } reason) Assert.Skip(reason);
        var writer = ((KgxWriter)GraphWriters.ByFormat(format)!).ForVault("thesis-vault");
        var target = Path.Combine(_folder, format);
        writer.Write(graph, writer.TargetAt(target));
        var script = Path.Combine(_folder, "read.py");
        File.WriteAllText(script, Reader);
        var run = ChildProcess.Run("python3", [script, target, kind]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var document = JsonDocument.Parse(run.Stdout).RootElement;
        return (document.GetProperty("nodes").EnumerateArray().ToList(), document.GetProperty("edges").EnumerateArray().ToList());
    }

    private static string? ChildProcessAvailable()
    {
        try
        {
            return ChildProcess.Run("python3", ["-c", "import csv, json"]).ExitCode == 0 ? null : "python3 cannot import csv and json";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return "python3 is not available: " + e.Message;
        }
    }

    private static IEnumerable<string> Strings(JsonElement record, string column) =>
        !record.TryGetProperty(column, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.GetString()!)
        : [value.GetString()!];

    private static string Curie(GraphNode node) => (string)node.Properties[NodeProperties.Curie]!;

    private static string Describe(string subject, RelationshipType type, string @object, double? r)
    {
        var predicate = type == RelationshipType.CorrelatesWith && r is { } value ? BiolinkMapping.CorrelationPredicate(value) : type.Name();
        return $"{subject} {predicate} {@object} {r?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static string Describe(JsonElement edge)
    {
        var predicate = edge.GetProperty("predicate").GetString()!;
        var r = edge.TryGetProperty("r", out var value) ? value.GetDouble() : (double?)null;
        var type = r is not null ? null : BiolinkMapping.Edges.Where(e => e.Value.Predicate == predicate || predicate == BiolinkMapping.Enables && e.Key == RelationshipType.HasGoAnnotation)
            .Select(e => e.Key.Name()).FirstOrDefault();
        return $"{edge.GetProperty("subject").GetString()} {type ?? predicate} {edge.GetProperty("object").GetString()} {r?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
