using GeneGraph.Notes.WikiLinks;
using Markdig;

namespace GeneGraph.Notes;

/// <summary>Parses note text with Markdig, extended for what Obsidian vaults contain.</summary>
public static class NoteParser
{
    /// <summary>
    /// YAML front matter, <c>==highlight==</c> and other emphasis extras, pipe tables (rows of <c>[[GENE]]</c>),
    /// bare URLs (Consensus links), callouts (<c>&gt; [!note]</c>), and Obsidian wikilinks and embeds.
    /// Code blocks and code spans stay opaque, so nothing inside them is extracted.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .UseAlertBlocks()
        .UseWikiLinks()
        .Build();

    /// <summary>The note, or (instead of Markdig's <see cref="ArgumentException"/>) that it nests too deeply to be read.</summary>
    /// <remarks>Shapes Markdig would take minutes on are refused first, in linear time (<see cref="NotePreScan"/>).</remarks>
    public static NoteParseResult Parse(string path, string text)
    {
        if (NotePreScan.Refusal(text) is { } refusal)
            return NoteParseResult.NestedTooDeeply(refusal);
        try
        {
            return NoteParseResult.Of(new Note(path, Markdown.Parse(text, Pipeline)));
        }
        catch (ArgumentException e) when (e.TargetSite?.DeclaringType?.Assembly == typeof(Markdown).Assembly)
        {
            return NoteParseResult.NestedTooDeeply($"{e.Message.TrimEnd('.')} (more than {Pipeline.MaximumNestingDepth} levels)");
        }
    }
}
