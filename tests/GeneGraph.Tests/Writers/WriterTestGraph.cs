using GeneGraph.Diagnostics;
using GeneGraph.Extraction;
using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Tests.Writers;

/// <summary>A small graph with every node label and relationship type, both signs of r, and hostile strings.</summary>
internal static class WriterTestGraph
{
    public const string Quotes = "it's a \"quoted\" <tag> & 'more' >";
    public const string Whitespace = "  leading and trailing spaces, a\ttab,\r\nCRLF, a lone \r CR\nand LF  \n";
    public const string Unicode = "β-catenin in Zürich 🧬 (DNA emoji), 中文, עברית, e\u0301 combining";
    public const string XmlIllegal = "control \u0001 and NUL \0 and \u001F, lone surrogate \uD800 and \uDC00, \uFFFE end";

    public static readonly string VeryLong = string.Concat(Enumerable.Range(0, 4000).Select(i => $"line {i}: β & <x> \"q\"\n"));

    public static IReadOnlyList<NoteFacts> Notes()
    {
        var lif = new NoteFacts
        {
            Path = "genes/LIF.md",
            Symbol = new("LIF", 1),
            NcbiGeneId = new(3976, 3),
            NcbiSummary = new(Whitespace + Quotes + "\n" + Unicode, 4),
            UniProtSummary = new("", 5),
        };
        lif.Plots.Add(new PlotFact(new("sPAP", 10),
            new PlotName(0.567, "ENSG00000128342", 13, new Locus("chr22", 30247659, 30247698)),
            "X0.567_ENSG00000128342_chr22.30247659.30247698.png", 11));
        lif.Plots.Add(new PlotFact(new(KeyFolding.Trait("  Zürich  β-catenin \"index\" <&> 🧬 "), 12),
            new PlotName(-0.1234567890123456, "ENSG00000128342", null, new Locus("chr22", 30240000, 30240100)),
            "X-0.1234567890123456_ENSG00000128342_chr22.30240000.30240100.png", 13));
        var cards = new GeneCardsFacts { Line = 20, Text = "GeneCards: " + Quotes + "\n" + VeryLong };
        cards.FullName = "LIF interleukin 6 family cytokine";
        cards.Biotype = "protein-coding";
        cards.Diseases.Add(new CardItem("myeloid_leukemia", "Myeloid Leukemia <acute> & \"chronic\"",
            "https://www.malacards.org/card/myeloid_leukemia", 21));
        cards.Diseases.Add(new CardItem("sjogren_syndrome", "Sjögren's Syndrome", null, 22));
        cards.Pathways.Add(new CardItem("erk_signaling", "ERK Signaling", "https://pathcards.genecards.org/card/erk_signaling", 23));
        cards.GoTerms.Add(new CardItem("cytokine activity", "cytokine activity", null, 24));
        cards.Paralogs.Add(new CardItem("OSM", "OSM", null, 25));
        lif.GeneCards = cards;
        lif.Claims.Add(new ClaimFact("LIF \"drives\" β-catenin <signalling> & more\n\tsecond line", "0123456789abcdef0123456789abcdef",
            "https://consensus.app/papers/lif-drives/0123456789abcdef0123456789abcdef/", "lif-drives", "Does LIF drive β-catenin?", 30));

        var osm = new NoteFacts
        {
            Path = "genes/Zürich β/OSM note.md",
            Symbol = new("OSM", 0),
            NcbiSummary = new(XmlIllegal, 2),
        };
        osm.Plots.Add(new PlotFact(new("sPAP", 5),
            new PlotName(-1.0, "ENSG00000099985", null, new Locus("chr22", 30262829, 30266851)),
            "X-1_ENSG00000099985_chr22.30262829.30266851.png", 6));
        osm.Plots.Add(new PlotFact(new("mPAP", 7),
            new PlotName(1e-7, "ENSG00000099985", null, new Locus("chrX", 1, 2)),
            "X1e-07_ENSG00000099985_chrX.1.2.png", 8));
        osm.Claims.Add(new ClaimFact("OSM 'claim' without a paper id", null, "https://example.org/paper?a=1&b=<2>", null, null, 9));
        return [lif, osm, new NoteFacts { Path = "notes/not-a-gene.md" }];
    }

    /// <summary>
    /// The built graph plus properties the builder never sets, to cover every value type and the key rules:
    /// a string list, a bool, a column with mixed types, an edge property named like a node column,
    /// and a node property named like a built-in column with another value.
    /// </summary>
    public static KnowledgeGraph Build()
    {
        var graph = new GraphBuilder(new DiagnosticBag()).Build(Notes());
        var lif = graph.FindNode(NodeLabel.Gene, "LIF")!;
        var osm = graph.FindNode(NodeLabel.Gene, "OSM")!;
        lif.Properties.Set("aliases", new[] { "HILDA", "D-factor \"x\"", "", "β <&>", "ctl\u0001 kept in JSON text" });
        lif.Properties.Set("curated", true);
        osm.Properties.Set("curated", false);
        lif.Properties.Set("score", 5L);
        osm.Properties.Set("score", 2.5);
        graph.FindNode(NodeLabel.Trait, "sPAP")!.Properties.Set("score", "high");
        lif.Properties.Set("kind", "protein-coding gene");
        var paper = graph.FindNode(NodeLabel.Paper, "0123456789abcdef0123456789abcdef")!;
        graph.FindEdge(paper, RelationshipType.Mentions, lif)!.Properties.Set("url", "https://consensus.app/x?y=1&z=2");
        return graph;
    }
}
