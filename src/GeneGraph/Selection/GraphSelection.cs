using System.Globalization;
using GeneGraph.Schema;

namespace GeneGraph.Selection;

/// <summary>
/// Which part of a vault's graph to write (docs/partial-exports.md): the correlations to some traits
/// (<see cref="Traits"/>) and/or of at least some strength (<see cref="MinAbsR"/>) with what they reach, then only
/// some labels (<see cref="Kinds"/>). <see cref="Everything"/> selects the whole graph, unchanged.
/// </summary>
public sealed record GraphSelection
{
    public static GraphSelection Everything { get; } = new();

    /// <summary>The ids of the traits (<c>--trait</c>), in the order given; empty for every trait.</summary>
    public IReadOnlyList<string> Traits { get; init; } = [];

    /// <summary>The smallest |r| of a correlation kept (<c>--min-abs-r</c>), or null for no bound.</summary>
    public double? MinAbsR { get; init; }

    /// <summary>The labels kept (<c>--kinds</c>), or null for every label.</summary>
    public IReadOnlyList<NodeLabel>? Kinds { get; init; }

    public bool IsEverything => Traits.Count == 0 && MinAbsR is null && Kinds is null;

    /// <summary>True when the selection starts from correlations (a trait or a bound on |r| was given).</summary>
    public bool FollowsCorrelations => Traits.Count > 0 || MinAbsR is not null;

    /// <summary>The labels <paramref name="names"/> name (<c>gene</c>, <c>GoTerm</c>; case-insensitive), in label order.</summary>
    /// <exception cref="ArgumentException">A name is no label.</exception>
    public static IReadOnlyList<NodeLabel> ParseKinds(IEnumerable<string> names)
    {
        var labels = new SortedSet<NodeLabel>();
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var label = Enum.GetValues<NodeLabel>().Cast<NodeLabel?>().FirstOrDefault(l => string.Equals(l.ToString(), name, StringComparison.OrdinalIgnoreCase))
                        ?? throw new ArgumentException($"unknown kind '{name}'; known: {string.Join(", ", Enum.GetNames<NodeLabel>().Select(n => n.ToLowerInvariant()))}");
            labels.Add(label);
        }
        if (labels.Count == 0) throw new ArgumentException("--kinds names no kind");
        return [.. labels];
    }

    /// <summary>The selection as graph properties (<see cref="SelectionProperties"/>), one per filter given.</summary>
    public IEnumerable<KeyValuePair<Property, object>> Properties()
    {
        if (Traits.Count > 0) yield return new(SelectionProperties.Traits, Traits);
        if (MinAbsR is { } min) yield return new(SelectionProperties.MinAbsR, min);
        if (Kinds is not null) yield return new(SelectionProperties.Kinds, (IReadOnlyList<string>)[.. Kinds.Select(k => k.ToString())]);
    }

    /// <summary>The options that make this selection: <c>--trait sPAP --min-abs-r 0.5 --kinds Gene,Trait</c>.</summary>
    public override string ToString() => string.Join(' ',
        Traits.Select(t => $"--trait {t}")
            .Concat(MinAbsR is { } min ? [$"--min-abs-r {min.ToString("R", CultureInfo.InvariantCulture)}"] : [])
            .Concat(Kinds is not null ? [$"--kinds {string.Join(',', Kinds)}"] : []));
}
