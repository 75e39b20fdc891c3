namespace GeneGraph.Extraction;

/// <summary>
/// Everything extracted from one note, gene note or not, each fact with its 1-based line and every key already
/// folded (<see cref="KeyFolding"/>). The graph builder merges these.
/// </summary>
public sealed class NoteFacts
{
    public required string Path { get; init; }

    /// <summary>The symbol, folded (upper case); null when the note is not a gene note.</summary>
    public Located<string>? Symbol { get; set; }

    public Located<int>? NcbiGeneId { get; set; }

    public Located<string>? NcbiSummary { get; set; }

    public GeneCardsFacts? GeneCards { get; set; }

    public Located<string>? UniProtSummary { get; set; }

    public List<PlotFact> Plots { get; } = [];

    public List<ClaimFact> Claims { get; } = [];

    /// <summary>
    /// Lines of Consensus claims without a link in a note that is not (yet) a gene note: reported (GG204) only if
    /// stub promotion makes it one (<see cref="NoteExtractor.PromoteStubs"/>).
    /// </summary>
    public List<int> UnlinkedClaimLines { get; } = [];

    /// <summary>The note has a Plots section or a gene summary heading.</summary>
    public bool HasGeneEvidence { get; set; }

    public bool IsGeneNote => Symbol is not null;
}
