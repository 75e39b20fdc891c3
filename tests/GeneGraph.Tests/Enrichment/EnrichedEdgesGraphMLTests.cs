using System.Globalization;
using System.Text.Json;
using GeneGraph.Enrichment;
using GeneGraph.Pipeline;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Tests.Writers;
using GeneGraph.Writers;
using GeneGraph.Writers.Output;

namespace GeneGraph.Tests.Enrichment;

/// <summary>The ENRICHED_IN edges of the thesis vault's GraphML, read back by networkx, are the offline enrichment, test for test.</summary>
public sealed class EnrichedEdgesGraphMLTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-enriched-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Networkx_reads_back_one_ENRICHED_IN_edge_per_offline_test_with_its_numbers()
    {
        if (Networkx.Unavailable() is { } reason) Assert.Skip(reason);
        var vault = VaultGraph.Build(RepoPaths.ThesisVault());
        var background = Background.GeneNotes(vault.Graph, vault.GeneNoteKeys);
        var offline = OverRepresentation.Compute(vault.Graph, background, EnrichmentOptions.Default, TermKinds.All)
            .Select(r => Row(r.Trait.Uid, r.Term.Uid, r.Overlap, r.TraitGenes, r.TermGenes, r.BackgroundGenes, r.Fold, r.P, r.Q, string.Join(",", r.Genes)))
            .Order(StringComparer.Ordinal).ToList();
        DerivedEdges.Add(vault.Graph, DerivedKinds.Enrichment | DerivedKinds.GeneTrait, background, EnrichmentOptions.Default);
        var path = Path.Combine(_folder, "thesis.graphml");
        new GraphMLWriter().Write(vault.Graph, new FileTarget(path));

        using var read = Networkx.Read(path);
        var edges = read.RootElement.GetProperty("edges").EnumerateArray().ToList();
        var uid = read.RootElement.GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n[0].GetString()!, n => Text(n[1], "kind") + ":" + Text(n[1], "id"));
        var enriched = edges.Where(e => Text(e[2], "interaction") == "ENRICHED_IN")
            .Select(e => Row(uid[e[0].GetString()!], uid[e[1].GetString()!], Long(e[2], "overlap"), Long(e[2], "traitGenes"), Long(e[2], "termGenes"),
                Long(e[2], "backgroundGenes"), Double(e[2], "fold"), Double(e[2], "p"), Double(e[2], "q"),
                string.Join(",", JsonSerializer.Deserialize<string[]>(Text(e[2], "genes"))!)))
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(offline.Count > 100);
        Assert.Equal(offline, enriched);
        Assert.Equal(vault.Graph.EdgesOfType(RelationshipType.CorrelatesWithTrait).Count(),
            edges.Count(e => Text(e[2], "interaction") == "CORRELATES_WITH_TRAIT"));
    }

    private static string Row(string trait, string term, long k, long n, long bigK, long bigN, double fold, double p, double q, string genes) =>
        string.Join(" | ", trait, term, k, n, bigK, bigN, fold.ToString("R", CultureInfo.InvariantCulture),
            p.ToString("R", CultureInfo.InvariantCulture), q.ToString("R", CultureInfo.InvariantCulture), genes);

    /// <summary>An attribute's [type, value] pair, under its name or the edge-key prefix networkx sees when a node key has the name.</summary>
    private static JsonElement Attribute(JsonElement attributes, string name) =>
        attributes.TryGetProperty(name, out var value) ? value : attributes.GetProperty(GraphMLWriter.EdgeKeyPrefix + name);

    private static string Text(JsonElement attributes, string name) =>
        attributes.TryGetProperty(name, out var value) ? value[1].GetString()! : "";

    private static long Long(JsonElement attributes, string name) => long.Parse(Attribute(attributes, name)[1].GetString()!, CultureInfo.InvariantCulture);

    private static double Double(JsonElement attributes, string name) => double.Parse(Attribute(attributes, name)[1].GetString()!, CultureInfo.InvariantCulture);
}
