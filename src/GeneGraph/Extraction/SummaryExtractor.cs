using System.Text.RegularExpressions;
using GeneGraph.Diagnostics;
using GeneGraph.Notes;
using Markdig.Syntax;

namespace GeneGraph.Extraction;

/// <summary>
/// The summary sections: <c>NCBI Gene Summary for LIF Gene</c> (Entrez id and RefSeq text),
/// <c>GeneCards Summary for LIF Gene</c> (see <see cref="GeneCardsParser"/>) and
/// <c>UniProtKB/Swiss-Prot Summary for LIF Gene</c>. Their headings also name the gene.
/// </summary>
public static partial class SummaryExtractor
{
    [GeneratedRegex(@"^(?<source>NCBI Gene|GeneCards|UniProtKB/Swiss-Prot)\s+Summary\s+for\s+(?<symbol>\S+)\s+Gene$", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryHeading();

    public static (string Source, string Symbol)? ParseHeading(string title)
    {
        var match = SummaryHeading().Match(title.Trim());
        return match.Success ? (match.Groups["source"].Value, match.Groups["symbol"].Value) : null;
    }

    public static void Extract(Note note, IReadOnlyList<NoteSection> sections, NoteFacts facts, DiagnosticBag diagnostics)
    {
        foreach (var section in sections)
        {
            if (ParseHeading(section.Title) is not { } heading) continue;
            switch (heading.Source.ToUpperInvariant())
            {
                case "NCBI GENE":
                    ExtractNcbi(note, section, facts, diagnostics);
                    break;
                case "GENECARDS":
                    facts.GeneCards ??= GeneCardsParser.Parse(note.Path, section, diagnostics);
                    break;
                default:
                    if (facts.UniProtSummary is null && TextOf(section.Blocks) is { Length: > 0 } text)
                        facts.UniProtSummary = new Located<string>(text, FirstLine(section));
                    break;
            }
        }
    }

    private static void ExtractNcbi(Note note, NoteSection section, NoteFacts facts, DiagnosticBag diagnostics)
    {
        var ncbiLink = section.Blocks.SelectMany(SummaryLinks.LinksIn)
            .Select(link => (Id: SummaryLinks.NcbiGeneId(link.Url), link.Line))
            .FirstOrDefault(link => link.Id is not null);
        if (ncbiLink.Id is { } id)
            facts.NcbiGeneId ??= new Located<int>(id, ncbiLink.Line);
        else
            diagnostics.Report(note.Path, section.Line, DiagnosticCode.MissingNcbiGeneId,
                $"'{section.Title}' has no https://www.ncbi.nlm.nih.gov/gene/<id> link; the gene gets no ncbiGeneId from it");
        var text = TextOf(section.Blocks.Where(b => !IsLinkOnly(b)));
        if (text.Length > 0 && facts.NcbiSummary is null)
            facts.NcbiSummary = new Located<string>(text, section.Blocks.Where(b => !IsLinkOnly(b)).Select(b => b.Line + 1).FirstOrDefault(section.Line));
    }

    private static int FirstLine(NoteSection section) => section.Blocks.Count > 0 ? section.Blocks[0].Line + 1 : section.Line;

    private static string TextOf(IEnumerable<Block> blocks) =>
        string.Join("\n\n", blocks.Select(InlineText.Of).Where(t => t.Length > 0));

    /// <summary>A paragraph such as <c>[](https://www.ncbi.nlm.nih.gov/gene/3976)</c>: links and nothing else.</summary>
    private static bool IsLinkOnly(Block block)
    {
        var links = SummaryLinks.LinksIn(block).ToList();
        if (links.Count == 0) return false;
        var text = InlineText.Of(block);
        foreach (var (url, _) in links.Where(l => l.Url.Length > 0)) text = text.Replace(url, "", StringComparison.Ordinal);
        return string.IsNullOrWhiteSpace(text);
    }
}
