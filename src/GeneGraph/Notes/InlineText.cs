using System.Text;
using GeneGraph.Notes.WikiLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GeneGraph.Notes;

/// <summary>The plain text a reader sees in a block or inline, without Markdown syntax.</summary>
public static class InlineText
{
    public static string Of(Block block)
    {
        var sb = new StringBuilder();
        Append(block, sb);
        return Collapse(sb.ToString());
    }

    public static string Of(Inline? inline)
    {
        if (inline is LiteralInline literal) return literal.Content.ToString();
        var sb = new StringBuilder();
        Append(inline, sb);
        return sb.ToString();
    }

    /// <summary>Trims each line and drops empty lines at either end, so indentation artefacts do not leak into values.</summary>
    public static string Collapse(string text)
    {
        // Each line trimmed (a CR before LF is trailing white space), the empty lines at either end dropped. The
        // result only ever leaves characters out, so one as long as the text is the text: most are, and keep it.
        if (IsCollapsed(text)) return text;
        var collapsed = new StringBuilder(text.Length);
        var emptyLinesPending = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.IsEmpty)
            {
                if (collapsed.Length > 0) emptyLinesPending++;
                continue;
            }
            if (collapsed.Length > 0) collapsed.Append('\n', emptyLinesPending + 1);
            collapsed.Append(line);
            emptyLinesPending = 0;
        }
        return collapsed.Length == text.Length ? text : collapsed.ToString();
    }

    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0) return true;
        if (text[0] == '\n' || text[^1] == '\n') return false;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            if (line.Length > 0 && (char.IsWhiteSpace(line[0]) || char.IsWhiteSpace(line[^1]))) return false;
        }
        return true;
    }

    private static void Append(Block block, StringBuilder sb)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                Append(inline, sb);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    if (sb.Length > 0 && sb[^1] != '\n') sb.Append("\n\n");
                    Append(child, sb);
                }
                break;
        }
    }

    private static void Append(Inline? inline, StringBuilder sb)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                sb.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case LineBreakInline br:
                sb.Append(br.IsHard ? '\n' : ' ');
                break;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                break;
            case WikiLinkInline wiki:
                if (!wiki.IsEmbed) sb.Append(wiki.Alias ?? wiki.Target);
                break;
            case LinkInline { IsImage: true }:
                break;
            case LinkInline { FirstChild: null } link:
                sb.Append(link.Url);
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    Append(child, sb);
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.AsSpan());
                break;
        }
    }
}
