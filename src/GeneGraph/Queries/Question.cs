namespace GeneGraph.Queries;

/// <summary>The questions of the Cypher pack; each has a file <c>cypher/queries/&lt;name&gt;.cypher</c>.</summary>
public enum Question
{
    TraitsToPathways,
    TraitsToDiseases,
    StrongestLoci,
    GeneNeighbourhood,
    PapersForGene,
    SharedPathways,
    TraitsToEnrichedPathways,
    SignConflicts,
}

public static class Questions
{
    public static IReadOnlyList<Question> All { get; } = Enum.GetValues<Question>();

    /// <summary>The command-line and file name: <c>traits-to-pathways</c>.</summary>
    public static string Name(this Question question) => question switch
    {
        Question.TraitsToPathways => "traits-to-pathways",
        Question.TraitsToDiseases => "traits-to-diseases",
        Question.StrongestLoci => "strongest-loci",
        Question.GeneNeighbourhood => "gene-neighbourhood",
        Question.PapersForGene => "papers-for-gene",
        Question.SharedPathways => "shared-pathways",
        Question.TraitsToEnrichedPathways => "traits-to-enriched-pathways",
        Question.SignConflicts => "sign-conflicts",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    public static Question? Parse(string name) => All.Cast<Question?>().FirstOrDefault(q => q!.Value.Name() == name.Trim().ToLowerInvariant());
}
