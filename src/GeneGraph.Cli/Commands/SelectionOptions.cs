using System.CommandLine;
using GeneGraph.Graph;
using GeneGraph.Selection;

namespace GeneGraph.Cli.Commands;

/// <summary>
/// The options of a partial export, on <c>export</c> and <c>view</c>: <c>--trait</c> (repeatable), <c>--min-abs-r</c>
/// (shared with enrichment, where it means the same: a correlation counts when |r| ≥ X) and <c>--kinds</c>. One
/// selection step (<see cref="Subgraph"/>) makes the graph every writer receives; docs/partial-exports.md.
/// </summary>
internal sealed class SelectionOptions
{
    public SelectionOptions(Option<double> minAbsR)
    {
        MinAbsR = minAbsR; // checked to be from 0 to 1 where DerivedOptions declares it
        Kinds.Validators.Add(result =>
        {
            try
            {
                GraphSelection.ParseKinds(result.GetValueOrDefault<string[]>() ?? []);
            }
            catch (ArgumentException e)
            {
                result.AddError(e.Message);
            }
        });
    }

    public Option<string[]> Traits { get; } = new("--trait")
    {
        Description = "Write only this trait's part of the graph: its correlations, their loci and genes, and those genes' pathways, " +
                      "diseases, GO terms and papers (repeat for several traits; case-insensitive). See docs/partial-exports.md.",
    };

    public Option<double> MinAbsR { get; }

    public Option<string[]> Kinds { get; } = new("--kinds")
    {
        Description = "Write only nodes of these kinds and the edges between them (comma-separated: gene, locus, trait, pathway, disease, paper, goterm).",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>The options to add to a command besides <see cref="MinAbsR"/>, which <see cref="DerivedOptions"/> adds.</summary>
    public IEnumerable<Option> Own => [Traits, Kinds];

    /// <summary>
    /// The part of <paramref name="graph"/> the options select (the graph itself when none is given), or null after
    /// saying why on stderr (a trait the vault does not have). Says what was kept on stderr.
    /// </summary>
    public KnowledgeGraph? Select(ParseResult parse, KnowledgeGraph graph)
    {
        var traits = new List<string>();
        foreach (var name in parse.GetValue(Traits) ?? [])
        {
            if (TraitNames.Find(graph, name, out var error) is not { } trait)
            {
                Console.Error.WriteLine($"genegraph: error: {error}");
                return null;
            }
            if (!traits.Contains(trait.Key)) traits.Add(trait.Key);
        }
        var selection = new GraphSelection
        {
            Traits = traits,
            MinAbsR = parse.GetResult(MinAbsR) is { Implicit: false } ? parse.GetValue(MinAbsR) : null,
            Kinds = parse.GetValue(Kinds) is { Length: > 0 } kinds ? GraphSelection.ParseKinds(kinds) : null,
        };
        if (selection.IsEverything) return graph;
        var selected = Subgraph.Select(graph, selection);
        Console.Error.WriteLine($"selected {selected.NodeCount} of {graph.NodeCount} nodes and {selected.EdgeCount} of {graph.EdgeCount} edges: {selection}");
        return selected;
    }
}
