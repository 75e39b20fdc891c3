using System.Text;
using GeneGraph.Notes;
using GeneGraph.Notes.WikiLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GeneGraph.Extraction;

/// <summary>A piece of a GeneCards paragraph: plain text, a link (a card), or an italic phrase (a GO term).</summary>
internal abstract record GeneCardsToken(string Text, int Line)
{
    public sealed record Plain(string Text, int Line) : GeneCardsToken(Text, Line);

    public sealed record Link(string Text, string Url, int Line) : GeneCardsToken(Text, Line);

    public sealed record Italic(string Text, int Line) : GeneCardsToken(Text, Line);

    /// <summary>Flattens a paragraph; highlights (<c>==…==</c>) and bold are transparent.</summary>
    public static List<GeneCardsToken> Tokenize(LeafBlock block)
    {
        var tokens = new List<GeneCardsToken>();
        Add(block.Inline, tokens);
        return MergePlainRuns(tokens);
    }

    /// <summary>Joins neighbouring plain pieces, so a full stop before a line break still ends a sentence.</summary>
    private static List<GeneCardsToken> MergePlainRuns(List<GeneCardsToken> tokens)
    {
        var merged = new List<GeneCardsToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is not Plain first || i + 1 == tokens.Count || tokens[i + 1] is not Plain)
            {
                merged.Add(tokens[i]);
                continue;
            }
            // a run of plain pieces: one string for the run, the first piece's line
            var run = new StringBuilder(first.Text);
            while (i + 1 < tokens.Count && tokens[i + 1] is Plain next)
            {
                run.Append(next.Text);
                i++;
            }
            merged.Add(first with { Text = run.ToString() });
        }
        return merged;
    }

    private static void Add(Inline? inline, List<GeneCardsToken> tokens)
    {
        switch (inline)
        {
            case null:
                return;
            case LinkInline { IsImage: false } link:
                tokens.Add(new Link(InlineText.Of((ContainerInline)link).Trim(), link.Url ?? "", link.Line + 1));
                return;
            case EmphasisInline { DelimiterChar: '_' or '*', DelimiterCount: 1 } italic:
                tokens.Add(new Italic(InlineText.Of((ContainerInline)italic).Trim(), italic.Line + 1));
                return;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    Add(child, tokens);
                return;
            case WikiLinkInline { IsEmbed: false } wiki:
                tokens.Add(new Link(wiki.Alias ?? wiki.Target, "", wiki.Line + 1));
                return;
            default:
                var text = InlineText.Of(inline);
                if (text.Length > 0) tokens.Add(new Plain(text, inline.Line + 1));
                return;
        }
    }
}
