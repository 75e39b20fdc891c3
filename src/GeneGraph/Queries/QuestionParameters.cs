namespace GeneGraph.Queries;

/// <summary>The parameters of the questions, named as in the Cypher pack (<c>$trait</c>, <c>$minAbsR</c>, …).</summary>
public sealed record QuestionParameters
{
    /// <summary>A Trait id, or null for every trait (traits → pathways/diseases, strongest loci).</summary>
    public string? Trait { get; init; }

    /// <summary>The second trait of shared-pathways.</summary>
    public string? TraitB { get; init; }

    /// <summary>A Gene id: the upper-case symbol.</summary>
    public string? Gene { get; init; }

    public double MinAbsR { get; init; }

    /// <summary>1: positive r only; -1: negative only; 0: both.</summary>
    public long Sign { get; init; }

    public long Limit { get; init; } = 25;

    /// <summary>traits-to-enriched-pathways: the largest q shown.</summary>
    public double MaxQ { get; init; } = 1.0;

    /// <summary>The same values as Cypher parameters, for running the pack's query on a server.</summary>
    public Dictionary<string, object?> ToCypherParameters(Question question) => question switch
    {
        Question.TraitsToPathways or Question.TraitsToDiseases => new() { ["trait"] = Trait },
        Question.StrongestLoci => new() { ["trait"] = Trait, ["minAbsR"] = MinAbsR, ["sign"] = Sign, ["limit"] = Limit },
        Question.GeneNeighbourhood or Question.PapersForGene => new() { ["gene"] = Gene },
        Question.SharedPathways => new() { ["traitA"] = Trait, ["traitB"] = TraitB },
        Question.TraitsToEnrichedPathways => new() { ["trait"] = Trait, ["maxQ"] = MaxQ },
        Question.SignConflicts => new() { ["trait"] = Trait },
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };
}
