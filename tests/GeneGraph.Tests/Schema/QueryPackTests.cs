using System.Text.RegularExpressions;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Schema;

/// <summary>
/// The queries of cypher/queries read only declared properties: <c>c.absR</c> where <c>c</c> is a
/// <c>CORRELATES_WITH</c> relationship is declared for that type; a variable bound without a label
/// (<c>(n)</c>) may read a property declared for any label.
/// </summary>
public sealed partial class QueryPackTests
{
    public static TheoryData<string> Queries() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot(), "cypher", "queries"), "*.cypher").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>The properties each label or type declares, by its Neo4j name; "" for a variable bound without one.</summary>
    private static Dictionary<string, HashSet<string>> Declared()
    {
        var declared = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var node in GraphSchema.Nodes)
            declared[node.Label.ToString()] = [GraphSchema.Key.Name, GraphSchema.Sources.Name, .. node.Properties.Select(p => p.Name)];
        foreach (var relationship in GraphSchema.Relationships)
            declared[relationship.Name] = [GraphSchema.Sources.Name, .. relationship.Properties.Select(p => p.Name)];
        declared[""] = [.. GraphSchema.Nodes.Select(n => n.Label.ToString()).SelectMany(l => declared[l])];
        return declared;
    }

    /// <summary>Every property the query reads, as <c>Label.property</c> (<c>.property</c> for an unlabelled variable).</summary>
    internal static List<string> PropertiesRead(string cypher)
    {
        var code = string.Join("\n", cypher.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        var labelOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var read = new List<string>();
        foreach (Match binding in Binding().Matches(code))
        {
            var (variable, label) = (binding.Groups["var"].Value, binding.Groups["label"].Value);
            if (variable.Length > 0) labelOf.TryAdd(variable, label);
            if (binding.Groups["key"].Success) read.Add($"{label}.{binding.Groups["key"].Value}");
        }
        foreach (Match access in Access().Matches(code))
            read.Add($"{labelOf.GetValueOrDefault(access.Groups[1].Value, "")}.{access.Groups[2].Value}");
        return read;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_query_reads_only_declared_properties(string file)
    {
        var declared = Declared();
        var read = PropertiesRead(File.ReadAllText(Path.Combine(RepoPaths.RepoRoot(), "cypher", "queries", file)));
        Assert.NotEmpty(read);
        Assert.All(read, r =>
        {
            var (owner, property) = (r[..r.IndexOf('.')], r[(r.IndexOf('.') + 1)..]);
            Assert.True(declared.TryGetValue(owner, out var names) && names.Contains(property), $"{file} reads {r}, which the schema does not declare");
        });
    }

    [Fact]
    public void Properties_read_are_found_with_their_label_or_type() =>
        Assert.Equal(
            ["Gene.id", "CORRELATES_WITH.absR", "Gene.symbol", ".name"],
            PropertiesRead("// t.ignored\nMATCH (g:Gene {id: $gene})<-[c:CORRELATES_WITH]-(n)\nRETURN c.absR, g.symbol, n.name"));

    /// <summary><c>(g:Gene {id: …})</c>, <c>[c:CORRELATES_WITH]</c>, <c>(:Trait {id: …})</c>.</summary>
    [GeneratedRegex(@"[(\[](?<var>\w*):(?<label>\w+)(?:\s*\{\s*(?<key>\w+)\s*:)?")]
    private static partial Regex Binding();

    [GeneratedRegex(@"\b([A-Za-z_]\w*)\.([A-Za-z_]\w*)\b")]
    private static partial Regex Access();
}
