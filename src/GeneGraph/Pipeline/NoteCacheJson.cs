using System.Text.Json.Serialization;
using GeneGraph.Diagnostics;
using GeneGraph.Extraction;

namespace GeneGraph.Pipeline;

/// <summary>The first line of a note cache file: what wrote it, for which vault.</summary>
internal sealed class NoteCacheHeader
{
    public string? Format { get; init; }

    public string? Build { get; init; }

    public string? Vault { get; init; }
}

/// <summary>The key of one line of a note cache file: read for every line, the rest only on a hit.</summary>
internal class NoteCacheKey
{
    public string? Path { get; init; }

    /// <summary>SHA-256 of the note's text (UTF-8), hex.</summary>
    public string? Hash { get; init; }
}

/// <summary>One note as extracted: its facts before stub promotion and its diagnostics (each note's own, limits applied).</summary>
internal sealed class NoteCacheEntry : NoteCacheKey
{
    public NoteFactsData? Facts { get; init; }

    public List<Diagnostic> Diagnostics { get; init; } = [];
}

/// <summary>
/// <see cref="NoteFacts"/> as stored: its lists settable, since System.Text.Json cannot fill the get-only lists of a
/// type it must create with required members.
/// </summary>
internal sealed class NoteFactsData
{
    public string Path { get; init; } = "";

    public Located<string>? Symbol { get; init; }

    public Located<int>? NcbiGeneId { get; init; }

    public Located<string>? NcbiSummary { get; init; }

    public GeneCardsData? GeneCards { get; init; }

    public Located<string>? UniProtSummary { get; init; }

    public List<PlotFact> Plots { get; init; } = [];

    public List<ClaimFact> Claims { get; init; } = [];

    public List<int> UnlinkedClaimLines { get; init; } = [];

    public bool HasGeneEvidence { get; init; }

    public static NoteFactsData Of(NoteFacts facts) => new()
    {
        Path = facts.Path,
        Symbol = facts.Symbol,
        NcbiGeneId = facts.NcbiGeneId,
        NcbiSummary = facts.NcbiSummary,
        GeneCards = facts.GeneCards is { } cards ? GeneCardsData.Of(cards) : null,
        UniProtSummary = facts.UniProtSummary,
        Plots = facts.Plots,
        Claims = facts.Claims,
        UnlinkedClaimLines = facts.UnlinkedClaimLines,
        HasGeneEvidence = facts.HasGeneEvidence,
    };

    public NoteFacts ToFacts()
    {
        var facts = new NoteFacts
        {
            Path = Path,
            Symbol = Symbol,
            NcbiGeneId = NcbiGeneId,
            NcbiSummary = NcbiSummary,
            GeneCards = GeneCards?.ToFacts(),
            UniProtSummary = UniProtSummary,
            HasGeneEvidence = HasGeneEvidence,
        };
        facts.Plots.AddRange(Plots);
        facts.Claims.AddRange(Claims);
        facts.UnlinkedClaimLines.AddRange(UnlinkedClaimLines);
        return facts;
    }
}

/// <summary><see cref="GeneCardsFacts"/> as stored (see <see cref="NoteFactsData"/>).</summary>
internal sealed class GeneCardsData
{
    public int Line { get; init; }

    public string Text { get; init; } = "";

    public string? FullName { get; init; }

    public string? Biotype { get; init; }

    public string? RnaClass { get; init; }

    public List<CardItem> Diseases { get; init; } = [];

    public List<CardItem> Pathways { get; init; } = [];

    public List<CardItem> GoTerms { get; init; } = [];

    public List<CardItem> Paralogs { get; init; } = [];

    public static GeneCardsData Of(GeneCardsFacts cards) => new()
    {
        Line = cards.Line,
        Text = cards.Text,
        FullName = cards.FullName,
        Biotype = cards.Biotype,
        RnaClass = cards.RnaClass,
        Diseases = cards.Diseases,
        Pathways = cards.Pathways,
        GoTerms = cards.GoTerms,
        Paralogs = cards.Paralogs,
    };

    public GeneCardsFacts ToFacts()
    {
        var cards = new GeneCardsFacts { Line = Line, Text = Text, FullName = FullName, Biotype = Biotype, RnaClass = RnaClass };
        cards.Diseases.AddRange(Diseases);
        cards.Pathways.AddRange(Pathways);
        cards.GoTerms.AddRange(GoTerms);
        cards.Paralogs.AddRange(Paralogs);
        return cards;
    }
}

/// <summary>Source-generated (no reflection, so a trimmed or ahead-of-time compiled build reads the cache too).</summary>
[JsonSourceGenerationOptions(
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NoteCacheHeader))]
[JsonSerializable(typeof(NoteCacheKey))]
[JsonSerializable(typeof(NoteCacheEntry))]
internal sealed partial class NoteCacheJson : JsonSerializerContext;
