using System.Text.RegularExpressions;
using GeneGraph.Diagnostics;
using GeneGraph.Schema;
using GeneGraph.Tests.EndToEnd;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Graph;

/// <summary>Every node's <c>curie</c> and <c>xrefs</c>: on the thesis vault and on notes written here.</summary>
public sealed partial class StandardIdentifiersTests(ThesisVaultFixture thesis) : IClassFixture<ThesisVaultFixture>
{
    [GeneratedRegex(@"https://www\.ncbi\.nlm\.nih\.gov/gene/(\d+)")]
    private static partial Regex NcbiLink();

    [Fact]
    public void Every_gene_note_of_the_thesis_vault_with_an_NCBI_link_carries_NCBIGene_of_that_id()
    {
        var result = thesis.Require();
        var checkedGenes = 0;
        foreach (var path in Directory.EnumerateFiles(thesis.Folder!, "*.md", SearchOption.AllDirectories))
        {
            // read independently of the extractor: the first NCBI gene link of the note's text
            var relative = Path.GetRelativePath(thesis.Folder!, path).Replace('\\', '/');
            var facts = result.Notes.Single(n => n.Path == relative);
            if (!facts.IsGeneNote || NcbiLink().Match(File.ReadAllText(path)) is not { Success: true } link) continue;
            var gene = result.Graph.FindNode(NodeLabel.Gene, facts.Symbol!.Value)!;
            Assert.Equal($"NCBIGene:{link.Groups[1].Value}", gene.Properties[NodeProperties.Curie]);
            checkedGenes++;
        }
        Assert.Equal(66, checkedGenes);
    }

    [Fact]
    public void Every_node_of_the_thesis_vault_has_one_curie_of_its_own_and_its_Ensembl_id_beside_it()
    {
        var result = thesis.Require();
        var curies = result.Graph.Nodes.Select(n => n.Properties[NodeProperties.Curie] as string).ToList();
        Assert.All(curies, Assert.NotNull);
        Assert.Equal(curies.Count, curies.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCode.CurieSharedByTwoNodes);

        foreach (var gene in result.Graph.NodesWithLabel(NodeLabel.Gene))
        {
            var curie = (string)gene.Properties[NodeProperties.Curie]!;
            var xrefs = gene.Properties[NodeProperties.Xrefs] as IReadOnlyList<string> ?? [];
            if (gene.Properties[NodeProperties.EnsemblId] is string ensembl)
                Assert.Contains($"ENSEMBL:{ensembl}", xrefs.Append(curie));
            if (gene.Properties[NodeProperties.NcbiGeneId] is null && gene.Properties[NodeProperties.EnsemblId] is string only)
                Assert.Equal($"ENSEMBL:{only}", curie);
            if (gene.Properties[NodeProperties.NcbiGeneId] is null && gene.Properties[NodeProperties.EnsemblId] is null)
                Assert.Equal($"genegraph.gene:{gene.Key}", curie);
        }
        var paper = result.Graph.FindNode(NodeLabel.Paper, "https://doi.org/10.1016/j.intimp.2018.07.036")!;
        Assert.Equal("doi:10.1016/j.intimp.2018.07.036", paper.Properties[NodeProperties.Curie]);
        Assert.Equal("TMEM9 mediates IL‐6 and IL‐1&bgr; secretion and is modulated by the Wnt pathway", paper.Properties[NodeProperties.Title]);
        var pathway = result.Graph.NodesWithLabel(NodeLabel.Pathway).First();
        Assert.Equal($"genegraph.pathway:{pathway.Key}", pathway.Properties[NodeProperties.Curie]);
        Assert.Equal([(string)pathway.Properties[NodeProperties.Url]!], pathway.Properties[NodeProperties.Xrefs] as IReadOnlyList<string>);
    }

    [Fact]
    public void The_seed_note_gives_LIF_its_NCBI_and_Ensembl_ids_and_the_Consensus_paper_its_link()
    {
        var graph = TestNotes.Build(("Genes/LIF.md", LifNote.Text)).Graph;
        var lif = graph.FindNode(NodeLabel.Gene, "LIF")!;
        Assert.Equal("NCBIGene:3976", lif.Properties[NodeProperties.Curie]);
        Assert.Equal(["ENSEMBL:ENSG00000128342"], lif.Properties[NodeProperties.Xrefs] as IReadOnlyList<string>);
        var paper = graph.FindNode(NodeLabel.Paper, LifNote.PaperId)!;
        Assert.Equal($"genegraph.paper:{LifNote.PaperId}", paper.Properties[NodeProperties.Curie]);
        Assert.StartsWith("https://consensus.app/papers/", Assert.Single((IReadOnlyList<string>)paper.Properties[NodeProperties.Xrefs]!), StringComparison.Ordinal);
        Assert.Equal("genegraph.locus:chr22:30247659-30247698", graph.FindNode(NodeLabel.Locus, "chr22:30247659-30247698")!.Properties[NodeProperties.Curie]);
        Assert.Equal("genegraph.go:growth%20factor%20activity", graph.FindNode(NodeLabel.GoTerm, "growth factor activity")!.Properties[NodeProperties.Curie]);
    }

    [Fact]
    public void A_claim_citing_PubMed_and_a_DOI_gives_its_paper_the_PMID_and_keeps_the_DOI_and_the_link_as_xrefs()
    {
        var note = LifNote.Text.Replace(
            "(https://consensus.app/papers/factor-signaling-hypertension-pullamsetti/d6b431bf8353544c85889eef0e7c91cf/?extracted-answer=LIF+signaling&q=connection+between+LIF+and+pulmanory+hypertension&synthesize=on&copilot=on&lang=en)",
            "(https://consensus.app/papers/x/d6b431bf8353544c85889eef0e7c91cf/) see https://doi.org/10.1093/intimm/dxy020. and https://pubmed.ncbi.nlm.nih.gov/17443180/",
            StringComparison.Ordinal);
        var (graph, _, diagnostics) = TestNotes.Build(("Genes/LIF.md", note));
        var paper = graph.FindNode(NodeLabel.Paper, LifNote.PaperId)!;
        Assert.Equal("PMID:17443180", paper.Properties[NodeProperties.Curie]);
        Assert.Equal(["doi:10.1093/intimm/dxy020", "https://consensus.app/papers/x/d6b431bf8353544c85889eef0e7c91cf/"],
            paper.Properties[NodeProperties.Xrefs] as IReadOnlyList<string>);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Two_gene_notes_linking_the_same_NCBI_gene_share_its_curie_and_it_is_reported_not_merged()
    {
        var alias = "### NCBI Gene Summary for HILDA Gene\n\n[](https://www.ncbi.nlm.nih.gov/gene/3976)\n\n- The same gene under an old name.\n";
        var (graph, _, diagnostics) = TestNotes.Build(("Genes/LIF.md", LifNote.Text), ("Genes/HILDA.md", alias));
        Assert.Equal("NCBIGene:3976", graph.FindNode(NodeLabel.Gene, "HILDA")!.Properties[NodeProperties.Curie]);
        Assert.Equal("NCBIGene:3976", graph.FindNode(NodeLabel.Gene, "LIF")!.Properties[NodeProperties.Curie]);
        var reported = Assert.Single(diagnostics, d => d.Code == DiagnosticCode.CurieSharedByTwoNodes);
        Assert.Contains("NCBIGene:3976", reported.Message, StringComparison.Ordinal);
    }
}
