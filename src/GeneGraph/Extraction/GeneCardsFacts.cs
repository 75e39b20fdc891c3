namespace GeneGraph.Extraction;

/// <summary>What a GeneCards summary section states (<see cref="GeneCardsParser"/>).</summary>
public sealed class GeneCardsFacts
{
    public required int Line { get; init; }

    public required string Text { get; init; }

    public string? FullName { get; set; }

    public string? Biotype { get; set; }

    public string? RnaClass { get; set; }

    public List<CardItem> Diseases { get; } = [];

    public List<CardItem> Pathways { get; } = [];

    public List<CardItem> GoTerms { get; } = [];

    public List<CardItem> Paralogs { get; } = [];
}
