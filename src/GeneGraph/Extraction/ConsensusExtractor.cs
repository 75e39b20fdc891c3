using GeneGraph.Diagnostics;
using GeneGraph.Notes;
using Markdig.Syntax;

namespace GeneGraph.Extraction;

/// <summary>
/// The <c>Consensus</c> section (any level, before or after the summaries): each paragraph is a claim; its
/// consensus.app link names the paper (<c>/papers/&lt;slug&gt;/&lt;32-hex id&gt;/?…&amp;q=&lt;question&gt;</c>). A claim
/// citing another URL (a DOI) keys its paper by that URL. A claim without a link is reported (GG204) on gene notes
/// only (<see cref="NoteFacts.HasGeneEvidence"/>, known before this runs).
/// </summary>
public static class ConsensusExtractor
{
    public static bool IsConsensusHeading(string title) => title.Trim().Equals("Consensus", StringComparison.OrdinalIgnoreCase);

    public static void Extract(Note note, IReadOnlyList<NoteSection> sections, NoteFacts facts, DiagnosticBag diagnostics)
    {
        foreach (var section in sections)
        {
            // Only the section's own blocks: a `# Consensus` may be followed by `### NCBI …` sections it does not own.
            if (!IsConsensusHeading(section.Title)) continue;
            var paragraphs = section.Blocks.SelectMany(block => block is ParagraphBlock p ? [p] : block.Descendants<ParagraphBlock>());
            foreach (var paragraph in paragraphs)
                ReadClaim(note.Path, paragraph, facts, diagnostics);
        }
    }

    public static void ReportUnlinked(string path, int line, DiagnosticBag diagnostics) =>
        diagnostics.Report(path, line, DiagnosticCode.ConsensusWithoutLink, "Consensus claim has no link to its paper; it is kept in no Paper node");

    private static void ReadClaim(string path, ParagraphBlock paragraph, NoteFacts facts, DiagnosticBag diagnostics)
    {
        var text = InlineText.Of(paragraph);
        if (text.Trim().Length == 0) return;
        var line = paragraph.Line + 1;
        var links = SummaryLinks.LinksIn(paragraph).Select(l => l.Url).ToList();
        var consensus = links.Select(ConsensusLink.TryParse).FirstOrDefault(c => c is not null);
        var url = consensus?.Url ?? links.FirstOrDefault();

        var claim = text;
        foreach (var link in links) claim = claim.Replace(link, "", StringComparison.Ordinal);
        claim = claim.Replace("()", "", StringComparison.Ordinal).Trim();

        if (url is null)
        {
            // A claim about a gene concerns gene notes only; elsewhere (a thesis chapter's "Consensus") it is no fact
            // lost. A stub may still become a gene note: its lines wait for stub promotion.
            if (facts.HasGeneEvidence) ReportUnlinked(path, line, diagnostics);
            else facts.UnlinkedClaimLines.Add(line);
            return;
        }
        facts.Claims.Add(new ClaimFact(claim, consensus?.PaperId, url, consensus?.Slug, consensus?.Question, line)
        {
            PaperIds = links.Select(PaperIdentifiers.Of).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            Title = CitationTitle.Of(claim),
        });
    }
}
