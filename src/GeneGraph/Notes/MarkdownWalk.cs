using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GeneGraph.Notes;

/// <summary>Walks Markdig trees. (<c>Descendants</c> of a leaf block does not enter its inlines.)</summary>
public static class MarkdownWalk
{
    /// <summary>Every inline inside a block, at any depth, in document order.</summary>
    public static IEnumerable<Inline> Inlines(Block block)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } root }:
                foreach (var inline in Walk(root)) yield return inline;
                break;
            case ContainerBlock container:
                foreach (var child in container)
                    foreach (var inline in Inlines(child))
                        yield return inline;
                break;
        }
    }

    private static IEnumerable<Inline> Walk(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            yield return child;
            if (child is ContainerInline nested)
                foreach (var inline in Walk(nested))
                    yield return inline;
        }
    }
}
