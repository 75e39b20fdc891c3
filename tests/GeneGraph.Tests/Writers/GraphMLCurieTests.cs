using System.Text.Json;
using GeneGraph.Schema;
using GeneGraph.Tests.EndToEnd;
using GeneGraph.Writers;
using GeneGraph.Writers.Output;

namespace GeneGraph.Tests.Writers;

/// <summary>The thesis vault's CURIEs through GraphML, as networkx reads them back.</summary>
public sealed class GraphMLCurieTests(ThesisVaultFixture thesis) : IClassFixture<ThesisVaultFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-graphml-curie-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Networkx_reads_every_nodes_curie_and_xrefs_as_the_graph_has_them()
    {
        if (Networkx.Unavailable() is { } reason) Assert.Skip(reason);
        var graph = thesis.Require().Graph;
        var path = Path.Combine(_folder, "thesis.graphml");
        new GraphMLWriter().Write(graph, new FileTarget(path));
        using var read = Networkx.Read(path);

        var actual = new Dictionary<string, (string Curie, string Xrefs)>();
        foreach (var node in read.RootElement.GetProperty("nodes").EnumerateArray())
        {
            var data = node[1];
            var xrefs = data.TryGetProperty("xrefs", out var list) ? list[1].GetString()! : "[]";
            actual[$"{data.GetProperty("kind")[1].GetString()}:{data.GetProperty("id")[1].GetString()}"] = (data.GetProperty("curie")[1].GetString()!, xrefs);
        }
        Assert.Equal(graph.NodeCount, actual.Count);
        foreach (var node in graph.Nodes)
        {
            var (curie, xrefs) = actual[node.Uid];
            Assert.Equal(node.Properties[NodeProperties.Curie], curie);
            Assert.Equal(node.Properties[NodeProperties.Xrefs] as IReadOnlyList<string> ?? [], JsonSerializer.Deserialize<string[]>(xrefs)!);
        }
    }
}
