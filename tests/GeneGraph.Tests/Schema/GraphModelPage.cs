using System.Text.RegularExpressions;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Schema;

/// <summary>
/// docs/graph-model.md read as data: the rows of its Nodes and Relationships tables, each property cell as
/// (name, type), and the properties it says every node and every relationship has.
/// </summary>
internal sealed partial class GraphModelPage
{
    public sealed record NodeRow(string Label, string KeyHeader, string KeyMeaning, IReadOnlyList<(string Name, string Type)> Properties);

    public sealed record RelationshipRow(string Type, string From, string To, IReadOnlyList<(string Name, string Type)> Properties);

    public required IReadOnlyList<NodeRow> Nodes { get; init; }

    public required IReadOnlyList<RelationshipRow> Relationships { get; init; }

    /// <summary>The names in "Every node also has `sources`" (and the same for relationships).</summary>
    public required IReadOnlyList<string> EveryNodeHas { get; init; }

    public required IReadOnlyList<string> EveryRelationshipHas { get; init; }

    /// <summary>The rows of the "Written by `load` only" table: the element (a label in a code span, or words) and its properties.</summary>
    public required IReadOnlyList<(string Element, IReadOnlyList<(string Name, string Type)> Properties)> LoadOnly { get; init; }

    /// <summary>The rows of the "Written by partial exports only" table: the element and its properties.</summary>
    public required IReadOnlyList<(string Element, IReadOnlyList<(string Name, string Type)> Properties)> PartialOnly { get; init; }

    /// <summary>The type words a property cell may give in its parentheses; without one, a property is a string.</summary>
    public static IReadOnlyList<string> TypeWords { get; } = ["string list", "string", "long", "double", "boolean"];

    public static GraphModelPage Read()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.RepoRoot(), "docs", "graph-model.md"));
        var nodeTable = Table(lines, "## Nodes");
        var keyHeader = Cells(nodeTable[0])[1];
        var nodes = nodeTable.Skip(2).Select(Cells)
            .Select(c => new NodeRow(Code(c[0]), Code(keyHeader), c[1], PropertyCell(c[2])))
            .ToList();
        var relationships = Table(lines, "## Relationships").Skip(2).Select(Cells)
            .Select(c =>
            {
                var ends = c[1].Split('→', StringSplitOptions.TrimEntries);
                Assert.True(ends.Length == 2, $"'{c[1]}' is not 'From → To'");
                return new RelationshipRow(Code(c[0]), ends[0], ends[1], PropertyCell(c[2]));
            })
            .ToList();
        var text = string.Join("\n", lines);
        return new GraphModelPage
        {
            Nodes = nodes,
            Relationships = relationships,
            EveryNodeHas = EveryElementHas().Matches(text).Where(m => m.Groups[1].Value == "node").Select(m => m.Groups[2].Value).ToList(),
            EveryRelationshipHas = EveryElementHas().Matches(text).Where(m => m.Groups[1].Value == "relationship").Select(m => m.Groups[2].Value).ToList(),
            LoadOnly = Table(lines, "## Written by `load` only").Skip(2).Select(Cells)
                .Select(c => (c[0], (IReadOnlyList<(string, string)>)PropertyCell(c[1])))
                .ToList(),
            PartialOnly = Table(lines, "## Written by partial exports only").Skip(2).Select(Cells)
                .Select(c => (c[0], (IReadOnlyList<(string, string)>)PropertyCell(c[1])))
                .ToList(),
        };
    }

    /// <summary>The table's lines (header, separator, rows) after <paramref name="heading"/>.</summary>
    private static List<string> Table(string[] lines, string heading)
    {
        var at = Array.IndexOf(lines, heading);
        Assert.True(at >= 0, $"docs/graph-model.md has no '{heading}'");
        var table = lines.Skip(at + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.True(table.Count >= 3, $"no table under '{heading}'");
        return table;
    }

    private static string[] Cells(string row) => row.Trim().Trim('|').Split('|', StringSplitOptions.TrimEntries);

    /// <summary>The text of a cell that is one code span: <c>`Gene`</c> → <c>Gene</c>.</summary>
    private static string Code(string cell)
    {
        Assert.True(cell.Length > 2 && cell[0] == '`' && cell[^1] == '`' && cell.Count(c => c == '`') == 2, $"'{cell}' is not one `name`");
        return cell[1..^1];
    }

    /// <summary>
    /// <c>`symbol`, `ncbiGeneId` (long), `biotype` (`Protein Coding`, `RNA`, …)</c> → (symbol, string), (ncbiGeneId,
    /// long), (biotype, string): the code spans outside parentheses are the properties, and a parenthesis after one
    /// gives its type when it starts with a type word.
    /// </summary>
    internal static List<(string Name, string Type)> PropertyCell(string cell)
    {
        var properties = new List<(string, string)>();
        var i = 0;
        while (i < cell.Length)
        {
            if (cell[i] == '`')
            {
                var close = cell.IndexOf('`', i + 1);
                Assert.True(close > i, $"unclosed ` in '{cell}'");
                var name = cell[(i + 1)..close];
                i = close + 1;
                while (i < cell.Length && cell[i] == ' ') i++;
                var type = "string";
                if (i < cell.Length && cell[i] == '(')
                {
                    var end = MatchingParenthesis(cell, i);
                    var note = cell[(i + 1)..end];
                    type = TypeWords.FirstOrDefault(w => note == w || note.StartsWith(w + ",", StringComparison.Ordinal)) ?? "string";
                    i = end + 1;
                }
                properties.Add((name, type));
            }
            else
            {
                Assert.True(cell[i] is ',' or ' ', $"'{cell}': text outside a property at {i}: '{cell[i..]}'");
                i++;
            }
        }
        return properties;
    }

    private static int MatchingParenthesis(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0) return i;
        }
        Assert.Fail($"unclosed ( in '{text}'");
        return -1;
    }

    [GeneratedRegex(@"Every (node|relationship) also has `(\w+)`")]
    private static partial Regex EveryElementHas();
}
