using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace GeneGraph.Notes.WikiLinks;

/// <summary>Parses <c>[[…]]</c> and <c>![[…]]</c> on one line. Runs before Markdig's link parser.</summary>
public sealed class WikiLinkParser : InlineParser
{
    public WikiLinkParser() => OpeningCharacters = ['[', '!'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        var isEmbed = slice.CurrentChar == '!';
        var open = isEmbed ? 1 : 0;
        if (slice.PeekChar(open) != '[' || slice.PeekChar(open + 1) != '[')
            return false;

        var contentStart = start + open + 2;
        var text = slice.Text;
        var close = -1;
        for (var i = contentStart; i < slice.End; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' || (c == '[' && i + 1 <= slice.End && text[i + 1] == '['))
                return false;
            if (c == ']' && i + 1 <= slice.End && text[i + 1] == ']')
            {
                close = i;
                break;
            }
        }
        if (close < 0 || close == contentStart)
            return false;

        var inline = Create(text.Substring(contentStart, close - contentStart), isEmbed);
        if (inline is null)
            return false;

        var end = close + 1;
        inline.Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end));
        inline.Line = line;
        inline.Column = column;
        processor.Inline = inline;
        slice.Start = end + 1;
        return true;
    }

    private static WikiLinkInline? Create(string content, bool isEmbed)
    {
        string? alias = null;
        var bar = content.IndexOf('|');
        if (bar >= 0)
        {
            alias = content[(bar + 1)..].Trim();
            content = content[..bar];
        }
        string? heading = null;
        var hash = content.IndexOf('#');
        if (hash >= 0)
        {
            heading = content[(hash + 1)..].Trim();
            content = content[..hash];
        }
        var target = content.Trim();
        if (target.Length == 0 && heading is null)
            return null;
        return new WikiLinkInline { IsEmbed = isEmbed, Target = target, Heading = heading, Alias = alias };
    }
}
