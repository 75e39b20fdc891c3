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
    public static MarkdownPipeline Pipeline { get; } = Builder(pipeTables: true).Build();

    /// <summary><see cref="Pipeline"/> without pipe tables, for a note whose tables are too large for them (GG010).</summary>
    internal static MarkdownPipeline PipelineWithoutTables { get; } = Builder(pipeTables: false).Build();

    private static MarkdownPipelineBuilder Builder(bool pipeTables)
    {
        var builder = new MarkdownPipelineBuilder().UseYamlFrontMatter().UseEmphasisExtras();
        if (pipeTables) builder.UsePipeTables();
        return builder.UseAutoLinks().UseAlertBlocks().UseWikiLinks();
    }

    /// <summary>The note, or (instead of Markdig's <see cref="ArgumentException"/>) that it nests too deeply to be read.</summary>
    /// <remarks>
    /// Shapes Markdig would take minutes on are refused first, in linear time (<see cref="NotePreScan"/>). A note with
    /// more than <see cref="NotePreScan.MaxTableSeparators"/> table cell separators is parsed without pipe tables
    /// (<see cref="NoteParseResult.TablesAsText"/>): its rows become text, whose links and images are read as anywhere.
    /// </remarks>
    public static NoteParseResult Parse(string path, string text)
    {
        if (NotePreScan.Refusal(text) is { } refusal)
            return NoteParseResult.NestedTooDeeply(refusal);
        try
        {
            return NotePreScan.HasHugeTables(text)
                ? NoteParseResult.Of(new Note(path, Markdown.Parse(text, PipelineWithoutTables)), tablesAsText: true)
                : NoteParseResult.Of(new Note(path, Markdown.Parse(text, Pipeline)));
        }
        catch (ArgumentException e) when (IsMarkdigNestingLimit(e))
        {
            return NoteParseResult.NestedTooDeeply($"{e.Message.TrimEnd('.')} (more than {Pipeline.MaximumNestingDepth} levels)");
        }
    }

    /// <summary>The start of the message of Markdig's refusal of a document nested beyond <see cref="MarkdownPipeline.MaximumNestingDepth"/>.</summary>
    internal const string MarkdigNestingMessage = "Markdown elements in the input are too deeply nested";

    /// <summary>
    /// Markdig's nesting refusal, told from a bug of an extension by its exact type (not a subclass such as
    /// <see cref="ArgumentOutOfRangeException"/>) and its message: no reflection on the throwing method, whose metadata
    /// an ahead-of-time compiled CLI does not keep.
    /// </summary>
    internal static bool IsMarkdigNestingLimit(ArgumentException e) =>
        e.GetType() == typeof(ArgumentException) && e.Message.StartsWith(MarkdigNestingMessage, StringComparison.Ordinal);
}
