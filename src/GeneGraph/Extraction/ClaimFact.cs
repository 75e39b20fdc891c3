namespace GeneGraph.Extraction;

/// <summary>A Consensus claim and the paper behind it.</summary>
public sealed record ClaimFact(string Claim, string? PaperId, string? Url, string? Slug, string? Question, int Line)
{
    /// <summary>The standard identifiers its links show (<c>doi:…</c>, <c>PMID:…</c>; <see cref="PaperIdentifiers"/>), in link order.</summary>
    public IReadOnlyList<string> PaperIds { get; init; } = [];
}
