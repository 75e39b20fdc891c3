using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Writers.Kgx;

/// <summary>One value of a KGX record: a string, a number, or a list (<c>|</c>-joined in TSV, an array in JSON Lines).</summary>
internal abstract record KgxValue
{
    public sealed record Text(string Value) : KgxValue;

    public sealed record Number(double Value) : KgxValue;

    public sealed record List(IReadOnlyList<string> Values) : KgxValue;
}

/// <summary>
/// The graph as KGX records (docs/kgx.md): a node per CURIE, an edge per relationship between the CURIEs of its
/// ends, the Biolink terms from <see cref="BiolinkMapping"/>. Columns in <see cref="KgxFormat"/> order; a record
/// lacks the columns it has no value for.
/// </summary>
internal static class KgxRecords
{
    public static IEnumerable<IReadOnlyDictionary<string, KgxValue>> Nodes(KnowledgeGraph graph, string knowledgeSource)
    {
        // Two nodes with one CURIE (the builder reported it, GG304) make one KGX node: the first, with both's xrefs.
        foreach (var group in graph.Nodes.GroupBy(CurieOf, StringComparer.Ordinal))
        {
            var node = group.First();
            var record = new Dictionary<string, KgxValue>
            {
                [KgxFormat.Id] = new KgxValue.Text(group.Key),
                [KgxFormat.Category] = new KgxValue.List([CategoryOf(node)]),
                [KgxFormat.Name] = new KgxValue.Text(node.Properties[NodeProperties.Slug] as string ?? node.DisplayName),
            };
            var xrefs = group.SelectMany(n => n.Properties[NodeProperties.Xrefs] as IReadOnlyList<string> ?? [])
                .Concat(group.Skip(1).Select(CurieOf)).Where(x => x != group.Key).Distinct(StringComparer.Ordinal).ToList();
            if (xrefs.Count > 0) record[KgxFormat.Xref] = new KgxValue.List(xrefs);
            record[KgxFormat.ProvidedBy] = new KgxValue.List([knowledgeSource]);
            if (node.Label == NodeLabel.Gene) record[KgxFormat.InTaxon] = new KgxValue.List([BiolinkMapping.HumanTaxon]);
            yield return record;
        }
    }

    public static IEnumerable<IReadOnlyDictionary<string, KgxValue>> Edges(KnowledgeGraph graph, string knowledgeSource)
    {
        foreach (var edge in graph.Edges)
        {
            var biolink = BiolinkMapping.Edge(edge.Type);
            var record = new Dictionary<string, KgxValue>
            {
                [KgxFormat.Subject] = new KgxValue.Text(CurieOf(edge.Source)),
                [KgxFormat.Predicate] = new KgxValue.Text(PredicateOf(edge)),
                [KgxFormat.Object] = new KgxValue.Text(CurieOf(edge.Target)),
                [KgxFormat.KnowledgeLevel] = new KgxValue.Text(biolink.KnowledgeLevel),
                [KgxFormat.AgentType] = new KgxValue.Text(biolink.AgentType),
                [KgxFormat.PrimaryKnowledgeSource] = new KgxValue.Text(knowledgeSource),
            };
            if (edge.Type == RelationshipType.Mentions)
                record[KgxFormat.Publications] = new KgxValue.List([CurieOf(edge.Source)]);
            if (edge.Properties[RelationshipProperties.R] is double r)
            {
                record[KgxFormat.R] = new KgxValue.Number(r);
                record[KgxFormat.AbsR] = new KgxValue.Number(Math.Abs(r));
            }
            yield return record;
        }
    }

    private static string CurieOf(GraphNode node) =>
        node.Properties[NodeProperties.Curie] as string ?? CuriePrefixes.Curie(CuriePrefixes.Own(node.Label), node.Key);

    private static string CategoryOf(GraphNode node) =>
        node.Label == NodeLabel.GoTerm && BiolinkMapping.GoTermCategory(node.Key) is { } known ? known : BiolinkMapping.Category(node.Label);

    private static string PredicateOf(GraphEdge edge) => edge.Type switch
    {
        RelationshipType.CorrelatesWith when edge.Properties[RelationshipProperties.R] is double r => BiolinkMapping.CorrelationPredicate(r),
        RelationshipType.HasGoAnnotation when BiolinkMapping.GoTermCategory(edge.Target.Key) is not null => BiolinkMapping.Enables,
        _ => BiolinkMapping.Edge(edge.Type).Predicate,
    };
}
