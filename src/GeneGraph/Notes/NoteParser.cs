using GeneGraph.Notes.Obsidian;
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
        .UseObsidian()
        .Build();

    public static Note Parse(string path, string text) => new(path, Markdown.Parse(text, Pipeline));
}
