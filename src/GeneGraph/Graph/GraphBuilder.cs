using GeneGraph.Diagnostics;
using GeneGraph.Extraction;
using GeneGraph.Schema;

namespace GeneGraph.Graph;

/// <summary>
/// Merges the facts of every note into one <see cref="KnowledgeGraph"/>. Notes are merged in ordinal path
/// order and facts in line order, so the first observation of a value wins and every run gives the same graph.
/// The rules are written down in docs/merge-rules.md.
/// </summary>
public sealed class GraphBuilder
{
    private readonly KnowledgeGraph _graph = new();
    private readonly DiagnosticBag _diagnostics;
    private readonly StandardIdentifiers _identifiers = new();

    public GraphBuilder(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    public KnowledgeGraph Build(IEnumerable<NoteFacts> notes)
    {
        var ordered = notes.OrderBy(n => n.Path, StringComparer.Ordinal).ToList();
        var genesByEnsembl = EnsemblIndex.Build(ordered, _diagnostics);
        foreach (var note in ordered.Where(n => n.IsGeneNote))
            AddGeneNote(note, genesByEnsembl);
        var byCurie = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var node in _graph.Nodes)
            SetIdentifiers(node, byCurie);
        return _graph;
    }

    private void AddGeneNote(NoteFacts note, EnsemblIndex genesByEnsembl)
    {
        var gene = Node(NodeLabel.Gene, note.Symbol!.Value, new SourceRef(note.Path, note.Symbol.Line));
        Set(gene, NodeProperties.Symbol, note.Symbol.Value, note.Path, note.Symbol.Line);
        if (genesByEnsembl.EnsemblOf(note.Path) is { } ensembl)
            Set(gene, NodeProperties.EnsemblId, ensembl, note.Path, note.Symbol.Line);
        if (note.NcbiGeneId is { } ncbi)
            Set(gene, NodeProperties.NcbiGeneId, (long)ncbi.Value, note.Path, ncbi.Line);
        if (note.NcbiSummary is { } summary)
            Set(gene, NodeProperties.NcbiSummary, summary.Value, note.Path, summary.Line);
        if (note.UniProtSummary is { } uniProt)
            Set(gene, NodeProperties.UniProtSummary, uniProt.Value, note.Path, uniProt.Line);

        foreach (var plot in note.Plots)
            AddPlot(note, gene, plot, genesByEnsembl);
        if (note.GeneCards is { } cards)
            AddGeneCards(note.Path, gene, cards);
        foreach (var claim in note.Claims)
            AddClaim(note.Path, gene, claim);
    }

    private void AddPlot(NoteFacts note, GraphNode noteGene, PlotFact plot, EnsemblIndex genesByEnsembl)
    {
        var at = new SourceRef(note.Path, plot.Line);
        var gene = noteGene;
        var plotEnsembl = plot.Name.EnsemblId;
        if (!string.Equals(noteGene.Properties[NodeProperties.EnsemblId] as string, plotEnsembl, StringComparison.Ordinal))
        {
            var owner = genesByEnsembl.SymbolOf(plotEnsembl);
            gene = Node(NodeLabel.Gene, owner ?? plotEnsembl, at);
            if (owner is null) Set(gene, NodeProperties.EnsemblId, plotEnsembl, note.Path, plot.Line);
            _diagnostics.Report(note.Path, plot.Line, DiagnosticCode.PlotGeneMismatch,
                $"plot '{plot.FileName}' names {plotEnsembl}" +
                (owner is null ? ", which no gene note declares; its locus is linked to a gene node keyed by that Ensembl id"
                               : $", the gene of note of {owner}; its locus is linked to {owner}"));
        }

        var locus = Node(NodeLabel.Locus, plot.Name.Locus.Id, at);
        Set(locus, NodeProperties.Chrom, plot.Name.Locus.Chrom, note.Path, plot.Line);
        Set(locus, NodeProperties.Start, plot.Name.Locus.Start, note.Path, plot.Line);
        Set(locus, NodeProperties.End, plot.Name.Locus.End, note.Path, plot.Line);
        Edge(gene, RelationshipType.HasLocus, locus, at);

        var traitKey = plot.Trait.Value;
        var trait = Node(NodeLabel.Trait, traitKey, new SourceRef(note.Path, plot.Trait.Line));
        Set(trait, NodeProperties.Name, traitKey, note.Path, plot.Trait.Line);

        var correlation = _graph.GetOrAddEdge(locus, RelationshipType.CorrelatesWith, trait, out var added);
        correlation.Sources.Add(at);
        if (added)
        {
            correlation.Properties.Set(RelationshipProperties.R, plot.Name.R);
            correlation.Properties.Set(RelationshipProperties.AbsR, Math.Abs(plot.Name.R));
            correlation.Properties.Set(RelationshipProperties.Plot, plot.FileName);
            correlation.Properties.Set(RelationshipProperties.Gene, gene.Key);
        }
        else if (correlation.Properties[RelationshipProperties.R] is double first && first != plot.Name.R)
        {
            _diagnostics.Report(note.Path, plot.Line, DiagnosticCode.ConflictingEdgeWeight,
                $"{locus.Key} -> {traitKey} has r = {Format(plot.Name.R)} here but r = {Format(first)} at " +
                $"{correlation.Sources.Min}; the first (in path and line order) is kept");
        }
    }

    private void AddGeneCards(string path, GraphNode gene, GeneCardsFacts cards)
    {
        Set(gene, NodeProperties.GeneCardsSummary, cards.Text, path, cards.Line);
        if (cards.FullName is { } fullName) Set(gene, NodeProperties.FullName, fullName, path, cards.Line);
        if (cards.Biotype is { } biotype) Set(gene, NodeProperties.Biotype, biotype, path, cards.Line);
        if (cards.RnaClass is { } rnaClass) Set(gene, NodeProperties.RnaClass, rnaClass, path, cards.Line);

        foreach (var disease in cards.Diseases)
        {
            var node = CardNode(NodeLabel.Disease, path, disease);
            var edge = Edge(gene, RelationshipType.AssociatedWith, node, new SourceRef(path, disease.Line));
            edge.Properties.SetIfAbsent(RelationshipProperties.Source, "GeneCards");
        }
        foreach (var pathway in cards.Pathways)
            Edge(gene, RelationshipType.InPathway, CardNode(NodeLabel.Pathway, path, pathway), new SourceRef(path, pathway.Line));
        foreach (var term in cards.GoTerms)
            Edge(gene, RelationshipType.HasGoAnnotation, CardNode(NodeLabel.GoTerm, path, term), new SourceRef(path, term.Line));
        foreach (var paralog in cards.Paralogs)
        {
            var at = new SourceRef(path, paralog.Line);
            var other = Node(NodeLabel.Gene, paralog.Key, at);
            Set(other, NodeProperties.Symbol, paralog.Key, path, paralog.Line);
            if (paralog.Url is { } card) _identifiers.Add(other, card);
            Edge(gene, RelationshipType.ParalogOf, other, at);
        }
    }

    private GraphNode CardNode(NodeLabel label, string path, CardItem item)
    {
        var node = Node(label, item.Key, new SourceRef(path, item.Line));
        Set(node, NodeProperties.Name, item.Name, path, item.Line);
        if (item.Url is { } url) Set(node, NodeProperties.Url, url, path, item.Line);
        return node;
    }

    private void AddClaim(string path, GraphNode gene, ClaimFact claim)
    {
        var at = new SourceRef(path, claim.Line);
        var key = claim.PaperId ?? claim.Url;
        if (key is null) return; // a claim without a paper stays in the note; the extractor reported it
        var paper = Node(NodeLabel.Paper, key, at);
        if (claim.Url is { } url) Set(paper, NodeProperties.Url, url, path, claim.Line);
        if (claim.Slug is { } slug) Set(paper, NodeProperties.Slug, slug, path, claim.Line);
        if (claim.Question is { } question) Set(paper, NodeProperties.Question, question, path, claim.Line);
        if (claim.Title is { } title) Set(paper, NodeProperties.Title, title, path, claim.Line);
        foreach (var id in claim.PaperIds) _identifiers.Add(paper, id);
        var mentions = Edge(paper, RelationshipType.Mentions, gene, at);
        if (mentions.Properties.SetIfAbsent(RelationshipProperties.Claim, claim.Claim) is not null)
            _diagnostics.Report(path, claim.Line, DiagnosticCode.ConflictingProperty,
                $"paper {key} makes a second claim about {gene.Key}; the first is kept on the MENTIONS edge");
    }

    private void SetIdentifiers(GraphNode node, Dictionary<string, GraphNode> byCurie)
    {
        var (curie, xrefs) = _identifiers.Of(node);
        if (!byCurie.TryAdd(curie, node))
        {
            var at = node.Sources.Min;
            _diagnostics.Report(at.Path, at.Line, DiagnosticCode.CurieSharedByTwoNodes,
                $"{node.Uid} and {byCurie[curie].Uid} are both {curie}; both are kept in the graph, and a KGX export makes them one node");
        }
        node.Properties.Set(NodeProperties.Curie, curie);
        if (xrefs.Count > 0) node.Properties.Set(NodeProperties.Xrefs, xrefs);
    }

    private GraphNode Node(NodeLabel label, string key, SourceRef at)
    {
        var node = _graph.GetOrAddNode(label, key, out _);
        node.Sources.Add(at);
        return node;
    }

    private GraphEdge Edge(GraphNode from, RelationshipType type, GraphNode to, SourceRef at)
    {
        var edge = _graph.GetOrAddEdge(from, type, to, out _);
        edge.Sources.Add(at);
        return edge;
    }

    private void Set<T>(GraphNode node, Property<T> property, T value, string path, int line)
        where T : notnull
    {
        var kept = node.Properties.SetIfAbsent(property, value);
        if (kept is not null)
            _diagnostics.Report(path, line, DiagnosticCode.ConflictingProperty,
                $"{node.Uid}.{property.Name} is {Describe(value)} here but {Describe(kept)} was seen first; the first is kept");
    }

    private static string Describe(object value) => value switch
    {
        string s => s.Length > 60 ? $"'{s[..57]}...'" : $"'{s}'",
        double d => Format(d),
        _ => value.ToString() ?? "",
    };

    private static string Format(double value) => GeneGraph.Values.NumberText.RoundTrip(value);
}
