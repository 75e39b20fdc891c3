using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace GeneGraph.Notes.Obsidian;

/// <summary>Obsidian's wikilinks and embeds as a Markdig extension.</summary>
public sealed class ObsidianExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<WikiLinkParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new WikiLinkParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}

public static class ObsidianPipelineExtensions
{
    public static MarkdownPipelineBuilder UseObsidian(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<ObsidianExtension>();
        return pipeline;
    }
}
