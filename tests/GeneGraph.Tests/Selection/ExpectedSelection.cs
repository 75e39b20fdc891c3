using System.Text.Json;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Selection;

/// <summary>
/// What a partial export should hold, computed apart from GeneGraph: python3 + networkx read the whole graph's GraphML,
/// apply docs/partial-exports.md's rule to it, read the partial GraphML too, and report both as sorted lists of
/// <c>Label:id</c> nodes and <c>Label:id|TYPE|Label:id</c> edges, with the partial graph's data.
/// </summary>
internal static class ExpectedSelection
{
    private const string Script = """
        import json, sys
        import networkx as nx

        whole, part = nx.read_graphml(sys.argv[1]), nx.read_graphml(sys.argv[2])
        rule = json.loads(sys.argv[3])
        def key(g, n): return g.nodes[n]["kind"] + ":" + g.nodes[n]["id"]
        def edges(g): return [(key(g, u), d["label"], key(g, v), d) for u, v, d in g.edges(data=True)]

        traits = {"Trait:" + t for t in rule.get("traits", [])}
        min_abs_r = rule.get("minAbsR")
        kinds = rule.get("kinds")
        correlations = gene_traits = None
        if traits or min_abs_r is not None:
            keep, correlations, gene_traits, genes = set(traits), set(), set(), set()
            genes_of_locus = {}
            for s, t, o, d in edges(whole):
                if t == "HAS_LOCUS": genes_of_locus.setdefault(o, set()).add(s)
            for s, t, o, d in edges(whole):
                if t != "CORRELATES_WITH": continue
                if traits and o not in traits: continue
                if min_abs_r is not None and not d["absR"] >= min_abs_r: continue
                correlations.add((s, t, o)); keep |= {s, o}
                for g in genes_of_locus.get(s, ()):
                    genes.add(g); gene_traits.add((g, o))
            keep |= genes
            for s, t, o, d in edges(whole):
                if t in ("IN_PATHWAY", "ASSOCIATED_WITH", "HAS_GO_ANNOTATION") and s in genes: keep.add(o)
                if t == "MENTIONS" and o in genes: keep.add(s)
        else:
            keep = {key(whole, n) for n in whole}
        if kinds is not None:
            keep = {n for n in keep if n.split(":", 1)[0] in kinds}
        expected_edges = set()
        for s, t, o, d in edges(whole):
            if s not in keep or o not in keep: continue
            if t == "CORRELATES_WITH" and correlations is not None and (s, t, o) not in correlations: continue
            if t == "CORRELATES_WITH_TRAIT" and gene_traits is not None and (s, o) not in gene_traits: continue
            expected_edges.add(s + "|" + t + "|" + o)
        graph_data = {k: v for k, v in part.graph.items() if k not in ("node_default", "edge_default")}
        sys.stdout.write(json.dumps({
            "expectedNodes": sorted(keep),
            "expectedEdges": sorted(expected_edges),
            "nodes": sorted(key(part, n) for n in part),
            "edges": sorted(s + "|" + t + "|" + o for s, t, o, d in edges(part)),
            "graph": graph_data,
        }))
        """;

    public sealed record Outcome(
        IReadOnlyList<string> ExpectedNodes, IReadOnlyList<string> ExpectedEdges, IReadOnlyList<string> Nodes, IReadOnlyList<string> Edges,
        JsonElement Graph);

    /// <summary>Null when python3 with networkx is missing, with the reason.</summary>
    public static string? Unavailable() => GeneGraph.Tests.Writers.Networkx.Unavailable();

    public static Outcome Compute(string wholeGraphml, string partGraphml, object rule)
    {
        var script = Path.Combine(Path.GetTempPath(), $"genegraph-expected-selection-{Guid.NewGuid():N}.py");
        File.WriteAllText(script, Script);
        try
        {
            var run = ChildProcess.Run("python3", [script, wholeGraphml, partGraphml, JsonSerializer.Serialize(rule)]);
            Assert.True(run.ExitCode == 0, "networkx failed:\n" + run.Stderr);
            using var json = JsonDocument.Parse(run.Stdout);
            var root = json.RootElement;
            List<string> Strings(string name) => [.. root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
            return new Outcome(Strings("expectedNodes"), Strings("expectedEdges"), Strings("nodes"), Strings("edges"), root.GetProperty("graph").Clone());
        }
        finally
        {
            File.Delete(script);
        }
    }
}
