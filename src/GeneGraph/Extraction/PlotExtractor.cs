using GeneGraph.Diagnostics;
using GeneGraph.Notes;
using GeneGraph.Notes.WikiLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GeneGraph.Extraction;

/// <summary>
/// Finds correlation plots: image embeds under a trait heading inside a <c>Plots</c> section.
/// <list type="bullet">
/// <item>The trait is the heading directly under <c>Plots</c> (any level). A deeper heading under a trait that holds
/// no plots itself only separates loci (<c>## PA_sys</c> / <c>### segment 1</c>); under a trait that does hold
/// plots, a deeper heading with plots is a trait of its own (<c># sPAP</c> plot <c>## mPAP</c> plot).</item>
/// <item>A heading at the level of <c>Plots</c> or above that directly holds plots (<c># Plots … # BNP</c> plot) is a
/// trait too; the first heading there without plots ends the section, and so do <c>Info</c>, <c>Consensus</c> and the
/// summary headings.</item>
/// </list>
/// </summary>
public static class PlotExtractor
{
    public static bool IsPlotsHeading(string title) =>
        title.Equals("Plots", StringComparison.OrdinalIgnoreCase) || title.Equals("Plot", StringComparison.OrdinalIgnoreCase);

    public static void Extract(Note note, IReadOnlyList<NoteSection> sections, NoteFacts facts, DiagnosticBag diagnostics)
    {
        var insidePlots = new bool[sections.Count];
        for (var i = 0; i < sections.Count; i++)
        {
            if (!IsPlotsHeading(sections[i].Title)) continue;
            insidePlots[i] = true;
            foreach (var image in Images(sections[i].Blocks))
            {
                if (!ReportOutside(note, image, "directly under the Plots heading, not under a trait heading", diagnostics))
                    diagnostics.Report(note.Path, image.Line, DiagnosticCode.ImageNotPlot,
                        $"image '{image.FileName}' stands directly under the Plots heading and its name is not r_ENSG_locus, so it is not a plot; it is not linked");
            }

            var plotsLevel = sections[i].Level;
            NoteSection? trait = null;
            for (var j = i + 1; j < sections.Count; j++)
            {
                var heading = sections[j];
                var hasPlots = HoldsPlots(heading);
                if (heading.Level <= plotsLevel)
                {
                    if (!hasPlots || EndsPlots(heading.Title)) break;
                    trait = heading;
                }
                else if (trait is null || heading.Level <= trait.Level || (hasPlots && HoldsPlots(trait)))
                {
                    trait = heading;
                }
                insidePlots[j] = true;
                foreach (var image in Images(heading.Blocks))
                    AddPlot(note, trait, image, facts, diagnostics);
            }
        }

        for (var i = 0; i < sections.Count; i++)
        {
            if (insidePlots[i]) continue;
            foreach (var image in Images(sections[i].Blocks))
                _ = ReportOutside(note, image, "outside any Plots section", diagnostics);
        }
    }

    /// <summary>The note's other sections, which never name a trait even when a plot stands in them.</summary>
    private static bool EndsPlots(string title) =>
        IsPlotsHeading(title) || ConsensusExtractor.IsConsensusHeading(title) || SummaryExtractor.ParseHeading(title) is not null
        || title.Equals("Info", StringComparison.OrdinalIgnoreCase);

    private static bool HoldsPlots(NoteSection section) =>
        Images(section.Blocks).Any(image => PlotNameParser.LooksLikePlotName(image.FileName));

    private static void AddPlot(Note note, NoteSection trait, ImageRef image, NoteFacts facts, DiagnosticBag diagnostics)
    {
        var name = PlotNameParser.Parse(image.FileName, out var error);
        if (name is null)
        {
            // A name shaped like a plot name that fails is a broken plot; any other picture (a pasted image) is no plot,
            // and says so, since a trait's plot saved under the wrong name would otherwise vanish without a word.
            if (error!.Code != DiagnosticCode.UnparseablePlotName || PlotNameParser.LooksLikePlotName(image.FileName))
                diagnostics.Report(note.Path, image.Line, error.Code, error.Message);
            else
                diagnostics.Report(note.Path, image.Line, DiagnosticCode.ImageNotPlot,
                    $"image '{image.FileName}' under trait '{trait.Title}' (line {trait.Line}) is not a plot: its name is not r_ENSG_locus; it is not linked");
            return;
        }
        if (trait.Title.Length == 0)
        {
            diagnostics.Report(note.Path, image.Line, DiagnosticCode.EmptyTraitHeading,
                $"plot '{image.FileName}' stands under an empty heading (line {trait.Line}); it is skipped");
            return;
        }
        facts.Plots.Add(new PlotFact(new Located<string>(KeyFolding.Trait(trait.Title), trait.Line), name, image.FileName, image.Line));
    }

    /// <summary>Reports a plot that names no trait; false (nothing said) for an ordinary picture.</summary>
    private static bool ReportOutside(Note note, ImageRef image, string where, DiagnosticBag diagnostics)
    {
        if (PlotNameParser.Parse(image.FileName, out _) is null) return false;
        diagnostics.Report(note.Path, image.Line, DiagnosticCode.PlotWithoutTrait,
            $"plot '{image.FileName}' stands {where}, so it names no trait; it is not linked");
        return true;
    }

    private readonly record struct ImageRef(string FileName, int Line);

    /// <summary>Obsidian embeds <c>![[x.png]]</c> and Markdown images <c>![alt](x.png)</c>, in document order.</summary>
    private static IEnumerable<ImageRef> Images(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            foreach (var inline in MarkdownWalk.Inlines(block))
            {
                switch (inline)
                {
                    case WikiLinkInline { IsEmbed: true } embed when PlotNameParser.IsImageFile(embed.Target):
                        yield return new ImageRef(embed.FileName, embed.Line + 1);
                        break;
                    case LinkInline { IsImage: true, Url: { } url } image when PlotNameParser.IsImageFile(url):
                        var file = Uri.UnescapeDataString(url);
                        yield return new ImageRef(file[(file.LastIndexOf('/') + 1)..], image.Line + 1);
                        break;
                }
            }
        }
    }
}
