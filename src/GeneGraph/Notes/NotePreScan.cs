using System.Globalization;

namespace GeneGraph.Notes;

/// <summary>
/// A linear look at a note's text, before Markdig, that refuses the shapes Markdig takes super-linear time on
/// (reported as GG003, like Markdig's own nesting refusal, which for these comes only after minutes):
/// <list type="bullet">
/// <item>lines nested deeper than <see cref="MaxDepth"/> lists or quotes, counting each marker of the line's prefix
/// (<c>- - - x</c>, <c>&gt; &gt; x</c>) and every two columns of its indentation (a list indented a level a line);</item>
/// <item>link destinations that never close (<c>[a](</c> repeated: each one is scanned to the end of its line) and
/// backtick runs that never close (each one is scanned to the end of its paragraph), as the total length those
/// scans would cover, beyond <see cref="MaxScan"/> characters;</item>
/// <item>one list of more than <see cref="MaxListItems"/> items, or more than <see cref="MaxSetextHeadings"/> setext
/// headings (10 MB of either takes Markdig minutes);</item>
/// <item>a line of more than <see cref="MaxPipesPerLine"/> <c>|</c>, which Markdig's pipe tables take seconds per
/// megabyte on (no table of a note has that many columns).</item>
/// </list>
/// Ordinary notes, however long, cost about one step per character and pass.
/// </summary>
public static class NotePreScan
{
    /// <summary>Markdig's own limit (<see cref="Markdig.MarkdownPipeline.MaximumNestingDepth"/>'s default).</summary>
    public const int MaxDepth = 128;

    /// <summary>Items of one list, and setext headings of one note: Markdig's time grows faster than their number.</summary>
    public const int MaxListItems = 50_000, MaxSetextHeadings = 10_000;

    /// <summary>Cell separators of one line: a table row of 10,000 columns is no table a person writes.</summary>
    public const int MaxPipesPerLine = 10_000;

    /// <summary>
    /// Table cell separators of one note beyond which its tables are read as text (<see cref="NoteParser"/>): Markdig's
    /// pipe tables take about 1.5 µs a cell, so 200,000 stay well under a second; a 10 MB table, 2 to 5 million cells,
    /// would take 3 to 6 s.
    /// </summary>
    public const int MaxTableSeparators = 200_000;

    /// <summary>Whether the note holds more than <see cref="MaxTableSeparators"/> <c>|</c>, counted in one vectorised pass.</summary>
    public static bool HasHugeTables(string text) => text.AsSpan().Count('|') > MaxTableSeparators;

    /// <summary>Characters the unclosed link destinations and code spans may make Markdig rescan (about 0.1 s).</summary>
    public const long MaxScan = 20_000_000;

    /// <summary>Why the note is refused, or null when Markdig may parse it.</summary>
    public static string? Refusal(string text)
    {
        var scan = 0L;
        var lineNumber = 0;
        var paragraphStart = 0;
        int listItems = 0, setextHeadings = 0;
        var previousIsText = false;
        for (var start = 0; start <= text.Length;)
        {
            lineNumber++;
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start);

            var depth = Depth(line);
            if (depth > MaxDepth)
                return $"line {lineNumber} nests lists or quotes about {depth.ToString(CultureInfo.InvariantCulture)} levels deep (more than {MaxDepth} levels)";

            if (line.Count('|') > MaxPipesPerLine)
                return $"line {lineNumber.ToString(CultureInfo.InvariantCulture)} holds more than {MaxPipesPerLine.ToString("N0", CultureInfo.InvariantCulture)} table cell separators (|)";

            var trimmed = line.TrimStart(' ');
            var indent = line.Length - trimmed.Length;
            var isItem = indent <= 3 && Depth(trimmed) > 0 && trimmed.Length > 0 && trimmed[0] != '>';
            if (isItem) listItems++;
            else if (indent == 0 && !line.IsWhiteSpace()) listItems = 0;
            if (listItems > MaxListItems)
                return $"it holds a list of more than {MaxListItems.ToString("N0", CultureInfo.InvariantCulture)} items (up to line {lineNumber.ToString(CultureInfo.InvariantCulture)})";
            var underline = trimmed.TrimEnd(" \t\r");
            if (previousIsText && indent <= 3 && underline.Length > 0 && (!underline.ContainsAnyExcept('=') || !underline.ContainsAnyExcept('-')))
                setextHeadings++;
            if (setextHeadings > MaxSetextHeadings)
                return $"it holds more than {MaxSetextHeadings.ToString("N0", CultureInfo.InvariantCulture)} setext headings (text underlined with = or -)";
            previousIsText = !line.IsWhiteSpace() && !isItem;

            scan += UnclosedDestinations(line, MaxScan - scan);
            if (line.IsWhiteSpace())
            {
                scan += UnclosedCodeSpans(text.AsSpan(paragraphStart, start - paragraphStart), MaxScan - scan);
                paragraphStart = end + 1;
            }
            if (scan > MaxScan)
                return $"it holds so many unclosed links or code spans (up to line {lineNumber.ToString(CultureInfo.InvariantCulture)}) that parsing would take minutes";
            start = end + 1;
        }
        if (paragraphStart < text.Length)
            scan += UnclosedCodeSpans(text.AsSpan(paragraphStart), MaxScan - scan);
        return scan > MaxScan ? "it holds so many unclosed code spans that parsing would take minutes" : null;
    }

    /// <summary>Container markers in the line's prefix plus half its indentation.</summary>
    private static int Depth(ReadOnlySpan<char> line)
    {
        int markers = 0, columns = 0, i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ') { columns++; i++; }
            else if (c == '\t') { columns += 4; i++; }
            else if (c == '>') { markers++; i++; }
            else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] is ' ' or '\t') { markers++; i++; }
            else if (char.IsAsciiDigit(c))
            {
                var j = i;
                while (j < line.Length && j - i < 9 && char.IsAsciiDigit(line[j])) j++;
                if (j + 1 < line.Length && line[j] is '.' or ')' && line[j + 1] is ' ' or '\t') { markers++; i = j + 1; }
                else break;
            }
            else break;
        }
        return markers + columns / 2;
    }

    /// <summary>
    /// What scanning each <c>](</c>'s destination costs: up to whitespace, or up to the <c>)</c> that balances its
    /// parentheses (<c>&lt;…&gt;</c> destinations: up to <c>&gt;</c>). Stops counting past <paramref name="budget"/>.
    /// </summary>
    private static long UnclosedDestinations(ReadOnlySpan<char> line, long budget)
    {
        var cost = 0L;
        for (var i = line.IndexOf("](", StringComparison.Ordinal); i >= 0 && cost <= budget;)
        {
            var j = i + 2;
            if (j < line.Length && line[j] == '<')
            {
                var close = line[j..].IndexOf('>');
                j = close < 0 ? line.Length : j + close;
            }
            else
            {
                var open = 1;
                while (j < line.Length && !char.IsWhiteSpace(line[j]))
                {
                    if (line[j] == '(') open++;
                    else if (line[j] == ')' && --open == 0) break;
                    j++;
                }
            }
            cost += j - i;
            var next = line[(i + 2)..].IndexOf("](", StringComparison.Ordinal);
            i = next < 0 ? -1 : i + 2 + next;
        }
        return cost;
    }

    /// <summary>What scanning for the closing run of each backtick run costs: to the closer, or to the paragraph's end.</summary>
    private static long UnclosedCodeSpans(ReadOnlySpan<char> paragraph, long budget)
    {
        var cost = 0L;
        var i = paragraph.IndexOf('`');
        while (i >= 0 && i < paragraph.Length && cost <= budget)
        {
            var run = RunLength(paragraph, i);
            var j = i + run;
            var closed = false;
            while (j < paragraph.Length && cost <= budget)
            {
                var next = paragraph[j..].IndexOf('`');
                if (next < 0) { j = paragraph.Length; break; }
                j += next;
                var length = RunLength(paragraph, j);
                if (length == run) { closed = true; break; }
                j += length;
            }
            cost += j - i;
            i = closed ? j + run : i + run;
            if (i >= paragraph.Length) break;
            var after = paragraph[i..].IndexOf('`');
            i = after < 0 ? -1 : i + after;
        }
        return cost;
    }

    private static int RunLength(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end < text.Length && text[end] == '`') end++;
        return end - at;
    }
}
