using System.Text.RegularExpressions;
using GeneGraph.Diagnostics;
using GeneGraph.Notes;
using Markdig.Syntax;

namespace GeneGraph.Extraction;

/// <summary>
/// Reads GeneCards' formulaic summary: "LIF (LIF Interleukin 6 Family Cytokine) is a Protein Coding gene.
/// Diseases associated with LIF include [A](malacards) and [B](malacards). Among its related pathways are …
/// Gene Ontology (GO) annotations related to this gene include _x_ and _y_. An important paralog of this gene is …"
/// Items come from links, else italics, else the text ("include A, B and C"); one item or many; "is" or "are".
/// </summary>
internal static partial class GeneCardsParser
{
    [GeneratedRegex(@"^(?<symbol>\S+)\s+\((?<full>.+)\)\s+is\s+an?\s+(?<bio>.+?)(?:\s+gene\b|(?<=gene)\b|[,.]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Identity();

    [GeneratedRegex(@"affiliated with the (?<class>\S+) class", RegexOptions.IgnoreCase)]
    private static partial Regex RnaClass();

    // The opening words of the sentences that list items, a group named for each ItemKind, tried in this order.
    private const string DiseasesOpening = $@"(?<{nameof(ItemKind.Disease)}>Diseases associated with \S+ (?:include|is|are)\b)";
    private const string PathwaysOpening = $@"(?<{nameof(ItemKind.Pathway)}>Among its related pathways (?:are|is|include)\b)";
    private const string GoTermsOpening = $@"(?<{nameof(ItemKind.GoTerm)}>Gene Ontology \(GO\) annotations related to this gene include\b)";
    private const string ParalogsOpening = $@"(?<{nameof(ItemKind.Paralog)}>(?:An )?important paralogs? of this gene (?:is|are|include)\b)";

    [GeneratedRegex("^(?:" + DiseasesOpening + "|" + PathwaysOpening + "|" + GoTermsOpening + "|" + ParalogsOpening + ")",
        RegexOptions.IgnoreCase)]
    private static partial Regex ListOpening();

    [GeneratedRegex(@",\s*|\s+and\s+")]
    private static partial Regex ListSeparator();

    public static GeneCardsFacts Parse(string path, NoteSection section, DiagnosticBag diagnostics)
    {
        var paragraphs = section.Blocks.OfType<LeafBlock>().ToList();
        var facts = new GeneCardsFacts
        {
            Line = paragraphs.Count > 0 ? paragraphs[0].Line + 1 : section.Line,
            Text = string.Join("\n\n", section.Blocks.Select(InlineText.Of).Where(t => t.Length > 0)),
        };
        foreach (var paragraph in paragraphs)
            foreach (var sentence in Sentences(GeneCardsToken.Tokenize(paragraph)))
                ReadSentence(path, sentence, facts, diagnostics);
        return facts;
    }

    private static void ReadSentence(string path, List<GeneCardsToken> sentence, GeneCardsFacts facts, DiagnosticBag diagnostics)
    {
        var text = TextOf(sentence).Trim();
        var line = sentence[0].Line;
        if (Identity().Match(text) is { Success: true } identity && facts.FullName is null)
        {
            facts.FullName = identity.Groups["full"].Value.Trim();
            facts.Biotype = identity.Groups["bio"].Value.Trim();
            if (RnaClass().Match(text) is { Success: true } rna) facts.RnaClass = rna.Groups["class"].Value;
            return;
        }
        var opening = ListOpening().Match(text);
        if (!opening.Success) return; // other prose stays in geneCardsSummary
        var kind = Kinds.First(k => opening.Groups[k.Name].Success).Kind;

        var items = Items(sentence, text, opening.Length, kind).ToList();
        if (items.Count == 0)
            diagnostics.Report(path, line, DiagnosticCode.UnrecognisedGeneCardsSentence,
                $"GeneCards sentence '{Shorten(text)}' names no {kind.ToString().ToLowerInvariant()}");
        ItemsOf(facts, kind).AddRange(items);
    }

    private enum ItemKind { Disease, Pathway, GoTerm, Paralog }

    private static readonly (ItemKind Kind, string Name)[] Kinds = [.. Enum.GetValues<ItemKind>().Select(k => (k, k.ToString()))];

    /// <summary>A sentence's text: its pieces joined (the one piece itself when there is one).</summary>
    private static string TextOf(List<GeneCardsToken> sentence) =>
        sentence.Count == 1 ? sentence[0].Text : string.Concat(sentence.Select(t => t.Text));

    private static List<CardItem> ItemsOf(GeneCardsFacts facts, ItemKind kind) => kind switch
    {
        ItemKind.Disease => facts.Diseases,
        ItemKind.Pathway => facts.Pathways,
        ItemKind.GoTerm => facts.GoTerms,
        ItemKind.Paralog => facts.Paralogs,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <param name="text">The sentence's text, trimmed, as <paramref name="prefixLength"/> counts in it.</param>
    private static IEnumerable<CardItem> Items(List<GeneCardsToken> sentence, string text, int prefixLength, ItemKind kind)
    {
        var links = sentence.OfType<GeneCardsToken.Link>().ToList();
        if (links.Count > 0 && kind != ItemKind.GoTerm)
            return links.Where(l => l.Text.Length > 0).Select(l => FromLink(l, kind));
        var italics = sentence.OfType<GeneCardsToken.Italic>().Where(i => i.Text.Length > 0).ToList();
        if (italics.Count > 0)
            return italics.Select(i => FromName(i.Text, null, i.Line, kind));

        var list = text[prefixLength..].Trim().TrimEnd('.').Trim();
        return ListSeparator().Split(list)
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .Select(s => FromName(s, null, sentence[0].Line, kind));
    }

    private static CardItem FromLink(GeneCardsToken.Link link, ItemKind kind)
    {
        var key = kind switch
        {
            ItemKind.Disease => SummaryLinks.CardSlug(link.Url, "malacards.org"),
            ItemKind.Pathway => SummaryLinks.CardSlug(link.Url, "genecards.org"),
            ItemKind.Paralog => SummaryLinks.GeneCardsSymbol(link.Url),
            _ => null,
        };
        return FromName(link.Text, link.Url.Length > 0 ? link.Url : null, link.Line, kind, key);
    }

    private static CardItem FromName(string name, string? url, int line, ItemKind kind, string? key = null) => kind switch
    {
        ItemKind.Paralog => new CardItem(key ?? KeyFolding.Symbol(name), KeyFolding.Symbol(name), url, line),
        ItemKind.GoTerm => new CardItem(KeyFolding.GoTerm(name), name.Trim(), url, line),
        _ => new CardItem(key ?? KeyFolding.Slug(name), name.Trim(), url, line),
    };

    /// <summary>Splits after a full stop followed by white space; links and italics are never split.</summary>
    private static IEnumerable<List<GeneCardsToken>> Sentences(List<GeneCardsToken> tokens)
    {
        var current = new List<GeneCardsToken>();
        foreach (var token in tokens)
        {
            if (token is not GeneCardsToken.Plain plain)
            {
                current.Add(token);
                continue;
            }
            var text = plain.Text;
            var start = 0;
            int stop;
            while ((stop = FindSentenceEnd(text, start)) >= 0)
            {
                current.Add(plain with { Text = text[start..(stop + 1)] });
                if (HasContent(current)) yield return current;
                current = [];
                start = stop + 1;
            }
            if (start < text.Length) current.Add(start == 0 ? plain : plain with { Text = text[start..] });
        }
        if (HasContent(current)) yield return current;
    }

    private static int FindSentenceEnd(string text, int start)
    {
        for (var i = start; i < text.Length - 1; i++)
            if (text[i] == '.' && char.IsWhiteSpace(text[i + 1]))
                return i;
        return -1;
    }

    private static bool HasContent(List<GeneCardsToken> sentence) => sentence.Any(t => !t.Text.AsSpan().IsWhiteSpace());

    private static string Shorten(string text) => text.Length > 80 ? text[..77] + "..." : text;
}
