namespace GeneGraph.Extraction;

/// <summary>Everything extracted from one note, each fact with its 1-based line. The graph builder merges these.</summary>
public sealed class GeneNoteFacts
{
    public required string Path { get; init; }

    /// <summary>The symbol, upper case; null when the note is not a gene note.</summary>
    public string? Symbol { get; set; }

    public int SymbolLine { get; set; }

    public int? NcbiGeneId { get; set; }

    public int NcbiGeneIdLine { get; set; }

    public string? NcbiSummary { get; set; }

    public int NcbiSummaryLine { get; set; }

    public GeneCardsFacts? GeneCards { get; set; }

    public string? UniProtSummary { get; set; }

    public int UniProtSummaryLine { get; set; }

    public List<PlotFact> Plots { get; } = [];

    public List<ClaimFact> Claims { get; } = [];

    /// <summary>The note has a Plots section or a gene summary heading.</summary>
    public bool HasGeneEvidence { get; set; }

    public bool IsGeneNote => Symbol is not null;
}

/// <summary>One correlation plot: r between a locus of a gene and the trait of the heading above it.</summary>
public sealed record PlotFact(string Trait, int TraitLine, PlotName Name, string FileName, int Line);

/// <summary>A Consensus claim and the paper behind it.</summary>
public sealed record ClaimFact(string Claim, string? PaperId, string? Url, string? Slug, string? Question, int Line);

/// <summary>A named, linked item of a GeneCards summary: a MalaCards disease, a PathCards pathway, a paralog.</summary>
public sealed record CardItem(string Key, string Name, string? Url, int Line);

public sealed class GeneCardsFacts
{
    public required int Line { get; init; }

    public required string Text { get; init; }

    public string? Symbol { get; set; }

    public string? FullName { get; set; }

    public string? Biotype { get; set; }

    public string? RnaClass { get; set; }

    public List<CardItem> Diseases { get; } = [];

    public List<CardItem> Pathways { get; } = [];

    public List<CardItem> GoTerms { get; } = [];

    public List<CardItem> Paralogs { get; } = [];
}
