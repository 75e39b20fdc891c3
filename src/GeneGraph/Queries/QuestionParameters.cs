using GeneGraph.Graph;

namespace GeneGraph.Queries;

/// <summary>The parameters of the questions, named as in the Cypher pack (<c>$trait</c>, <c>$minAbsR</c>, …).</summary>
public sealed record QuestionParameters
{
    /// <summary>A trait's name in any spelling <see cref="NameMatch"/> takes (<c>pa_sys</c>), or null for every trait.</summary>
    public string? Trait { get; init; }

    /// <summary>The second trait of shared-pathways.</summary>
    public string? TraitB { get; init; }

    /// <summary>A gene symbol in any case (<c>irf4</c>).</summary>
    public string? Gene { get; init; }

    /// <summary>Correlations with a smaller |r| are not walked.</summary>
    public double MinAbsR { get; init; }

    /// <summary>1: positive r only; -1: negative only; 0: both.</summary>
    public long Sign { get; init; }

    public long Limit { get; init; } = 25;

    /// <summary>traits-to-enriched-pathways: the largest q shown.</summary>
    public double MaxQ { get; init; } = 1.0;

    /// <summary>Whether a correlation is walked: <c>c.absR &gt;= $minAbsR AND ($sign = 0 OR …)</c>, as the pack writes it.</summary>
    public bool Admits(double r, double absR) => absR >= MinAbsR && (Sign == 0 || (Sign > 0 && r > 0) || (Sign < 0 && r < 0));

    /// <summary>The same values as Cypher parameters, for running the pack's query on a server.</summary>
    public Dictionary<string, object?> ToCypherParameters(Question question) => question switch
    {
        Question.TraitsToPathways or Question.TraitsToDiseases => new() { ["trait"] = Trait, ["minAbsR"] = MinAbsR, ["sign"] = Sign },
        Question.StrongestLoci => new() { ["trait"] = Trait, ["minAbsR"] = MinAbsR, ["sign"] = Sign, ["limit"] = Limit },
        Question.GeneNeighbourhood => new() { ["gene"] = Gene, ["minAbsR"] = MinAbsR, ["sign"] = Sign },
        Question.PapersForGene => new() { ["gene"] = Gene },
        Question.SharedPathways => new() { ["traitA"] = Trait, ["traitB"] = TraitB, ["minAbsR"] = MinAbsR, ["sign"] = Sign },
        Question.TraitsToEnrichedPathways => new() { ["trait"] = Trait, ["maxQ"] = MaxQ },
        Question.SignConflicts => new() { ["trait"] = Trait, ["minAbsR"] = MinAbsR },
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    /// <summary>Whether the question walks correlations, so that <c>--min-abs-r</c> and <c>--sign</c> mean something to it.</summary>
    public static bool TakesMinAbsR(Question question) => question is not Question.PapersForGene;

    /// <summary>Whether <c>--sign</c> means something: not to papers (no correlation) nor to sign-conflicts (it compares signs).</summary>
    public static bool TakesSign(Question question) => question is not (Question.PapersForGene or Question.SignConflicts);
}
