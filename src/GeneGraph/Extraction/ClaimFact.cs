namespace GeneGraph.Extraction;

/// <summary>A Consensus claim and the paper behind it.</summary>
public sealed record ClaimFact(string Claim, string? PaperId, string? Url, string? Slug, string? Question, int Line);
