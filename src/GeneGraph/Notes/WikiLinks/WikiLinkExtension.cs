using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace GeneGraph.Notes.WikiLinks;

/// <summary>Obsidian's wikilinks <c>[[…]]</c> and embeds <c>![[…]]</c> as a Markdig extension (<see cref="WikiLinkInline"/>).</summary>
public sealed class WikiLinkExtension : IMarkdownExtension
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
