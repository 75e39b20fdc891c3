using GeneGraph.Pipeline;
using GeneGraph.Schema;

namespace GeneGraph.VaultGenerator.Tests;

/// <summary>A generated vault of ~200 genes reads back as the graph the generator meant, and the seed fixes every byte.</summary>
public sealed class GeneratedVaultTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("genegraph-vaultgen-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
    }

    private static GeneTable Table()
    {
        var data = GeneTable.FindDataFolder(AppContext.BaseDirectory);
        if (data is null) Assert.Skip("../shared/data is absent: the generator needs it beside the checkout");
        return GeneTable.Load(data);
    }

    private VaultManifest Generate(GeneTable table, string name, ulong seed, int genes = 200) =>
        new Generator(table).Generate(new GeneratorOptions(genes, 6, seed, Path.Combine(_root, name)));

    [Fact]
    public void Every_plot_and_card_link_of_a_generated_vault_is_an_edge_or_a_diagnostic()
    {
        Generate(Table(), "accounted", seed: 16, genes: 400);
        var vault = Path.Combine(_root, "accounted");
        Assert.Empty(GeneGraph.Tests.EndToEnd.VaultAccounting.Mismatches(vault, VaultGraph.Build(vault)));
    }

    [Fact]
    public void A_generated_vault_parses_without_diagnostics_into_the_expected_graph()
    {
        var manifest = Generate(Table(), "v", seed: 7);
        var result = VaultGraph.Build(Path.Combine(_root, "v"));

        Assert.Empty(result.Diagnostics.Sorted());
        Assert.Equal(200, manifest.GeneNotes);
        Assert.Equal(manifest.GeneNotes, result.GeneNotes);
        Assert.Equal(manifest.GeneNotes + manifest.OtherNotes, result.NotesRead);

        var nodes = result.Graph.CountNodesByLabel();
        var edges = result.Graph.CountEdgesByType();
        Assert.Equal(manifest.GeneNotes, nodes[NodeLabel.Gene]);                // paralogs are genes of the vault
        Assert.Equal(manifest.Plots, edges[RelationshipType.CorrelatesWith]);   // one edge per generated plot
        Assert.Equal(manifest.Loci, nodes[NodeLabel.Locus]);
        Assert.Equal(manifest.Loci, edges[RelationshipType.HasLocus]);
        Assert.Equal(manifest.Traits, nodes[NodeLabel.Trait]);
        Assert.Equal(manifest.Pathways, nodes[NodeLabel.Pathway]);
        Assert.Equal(manifest.InPathway, edges[RelationshipType.InPathway]);
        Assert.Equal(manifest.Diseases, nodes[NodeLabel.Disease]);
        Assert.Equal(manifest.AssociatedWith, edges[RelationshipType.AssociatedWith]);
        Assert.Equal(manifest.GoTerms, nodes[NodeLabel.GoTerm]);
        Assert.Equal(manifest.HasGoAnnotation, edges[RelationshipType.HasGoAnnotation]);
        Assert.Equal(manifest.Papers, nodes[NodeLabel.Paper]);
        Assert.Equal(manifest.Mentions, edges[RelationshipType.Mentions]);
        Assert.Equal(manifest.ParalogOf, edges[RelationshipType.ParalogOf]);

        // merging is exercised: pathway and disease nodes reached from several genes (linked and unlinked forms)
        var sharedPathways = result.Graph.NodesWithLabel(NodeLabel.Pathway).Count(p => result.Graph.InEdges(p).Count() >= 2);
        Assert.Equal(manifest.SharedPathways, sharedPathways);
        Assert.True(sharedPathways >= 10, $"only {sharedPathways} shared pathways");
        var sharedDiseases = result.Graph.NodesWithLabel(NodeLabel.Disease).Count(d => result.Graph.InEdges(d).Count() >= 2);
        Assert.Equal(manifest.SharedDiseases, sharedDiseases);

        // both signs of r, and every name/embed variant of docs/note-format.md is in the vault
        var rs = result.Graph.EdgesOfType(RelationshipType.CorrelatesWith).Select(e => Convert.ToDouble(e.Properties["r"])).ToList();
        Assert.Contains(rs, r => r < 0);
        Assert.Contains(rs, r => r > 0);
        foreach (var variant in new[]
                 {
                     "negative-real-vault", "negative-strict", "versioned-ensembl", "copy-suffix", "embed-subfolder",
                     "embed-width", "markdown-image", "segments", "unmangled", "scientific-r", "no-chr-prefix",
                     "unlinked-malacards", "unlinked-pathcards", "crlf", "bom", "yaml-front-matter",
                 })
            Assert.True(manifest.Variants.GetValueOrDefault(variant) > 0, $"no '{variant}' in a vault of 200 genes");
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_vaults_and_another_seed_does_not()
    {
        var table = Table();
        Generate(table, "a", seed: 11);
        Generate(table, "b", seed: 11);
        Generate(table, "c", seed: 12);
        var a = Files(Path.Combine(_root, "a"));
        var b = Files(Path.Combine(_root, "b"));
        var c = Files(Path.Combine(_root, "c"));

        Assert.Equal(a.Keys, b.Keys);
        foreach (var (path, bytes) in a)
            Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs between two runs with the same seed");
        Assert.NotEqual(a.Keys, c.Keys);
    }

    private static SortedDictionary<string, byte[]> Files(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes),
            StringComparer.Ordinal);
}
