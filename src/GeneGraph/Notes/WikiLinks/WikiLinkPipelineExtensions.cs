using Markdig;

namespace GeneGraph.Notes.WikiLinks;

public static class WikiLinkPipelineExtensions
{
    /// <summary>Adds <see cref="WikiLinkExtension"/>, in the manner of Markdig's own <c>UseX</c> methods.</summary>
    public static MarkdownPipelineBuilder UseWikiLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<WikiLinkExtension>();
        return pipeline;
    }
}
