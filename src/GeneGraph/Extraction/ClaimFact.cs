namespace GeneGraph.Extraction;

/// <summary>A Consensus claim and the paper behind it.</summary>
public sealed record ClaimFact(string Claim, string? PaperId, string? Url, string? Slug, string? Question, int Line)
{
    /// <summary>The standard identifiers its links show (<c>doi:…</c>, <c>PMID:…</c>; <see cref="PaperIdentifiers"/>), in link order.</summary>
    public IReadOnlyList<string> PaperIds { get; init; } = [];

    /// <summary>The paper's title, when the claim cites its reference (<see cref="CitationTitle"/>).</summary>
    public string? Title { get; init; }

    // A record compares a list by reference; two readings of one note must compare equal.
    public bool Equals(ClaimFact? other) =>
        other is not null && Claim == other.Claim && PaperId == other.PaperId && Url == other.Url && Slug == other.Slug
        && Question == other.Question && Title == other.Title && Line == other.Line && PaperIds.SequenceEqual(other.PaperIds);

    public override int GetHashCode() => HashCode.Combine(Claim, PaperId, Url, Line);
}
