namespace GeneGraph.Schema;

/// <summary>
/// The properties of a graph as a whole, which only a partial export has: the filters it was selected with
/// (<c>--trait</c>, <c>--min-abs-r</c>, <c>--kinds</c>). Each output writes them where its format keeps graph-level
/// data (docs/partial-exports.md); a whole vault's graph has none, so its outputs carry none.
/// </summary>
public static class SelectionProperties
{
    public static readonly Property<IReadOnlyList<string>> Traits =
        new("selectionTraits", "`--trait`: the ids of the traits the selection is about, in the order given");

    public static readonly Property<double> MinAbsR =
        new("selectionMinAbsR", "`--min-abs-r`: the smallest |r| of a correlation kept");

    public static readonly Property<IReadOnlyList<string>> Kinds =
        new("selectionKinds", "`--kinds`: the labels kept (the subgraph induced on them)");

    /// <summary>Every graph property (outputs list those a graph has in name order, as every property).</summary>
    public static IReadOnlyList<Property> All { get; } = [Traits, MinAbsR, Kinds];
}
