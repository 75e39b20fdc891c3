using System.Text.RegularExpressions;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Schema;

/// <summary>cypher/genegraph.grass styles declared labels and types, and its captions show declared properties.</summary>
public sealed partial class BrowserStyleTests
{
    [Fact]
    public void Every_caption_is_a_declared_property_of_the_styled_label_or_type()
    {
        var grass = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot(), "cypher", "genegraph.grass"));
        var rules = Rule().Matches(grass).Select(m => (Selector: m.Groups[1].Value, Body: m.Groups[2].Value)).ToList();
        Assert.Equal(2 + GraphSchema.Nodes.Count + GraphSchema.Relationships.Select(r => r.Name).Distinct().Count(), rules.Count);
        foreach (var (selector, body) in rules)
        {
            var declared = Declared(selector);
            Assert.True(declared is not null, $"genegraph.grass styles '{selector}', which the schema does not declare");
            foreach (Match caption in Caption().Matches(body))
                Assert.True(declared.Contains(caption.Groups[1].Value), $"genegraph.grass: '{selector}' shows {{{caption.Groups[1].Value}}}, which it does not declare");
        }
    }

    /// <summary>The properties an element of <paramref name="selector"/> has (<c>node</c>: every label's), or null.</summary>
    private static HashSet<string>? Declared(string selector)
    {
        var parts = selector.Split('.');
        if (parts[0] == "node")
        {
            var labels = parts.Length == 1 ? [] : GraphSchema.Nodes.Where(n => n.Label.ToString() == parts[1]).ToList();
            if (parts.Length == 2 && labels.Count == 0) return null;
            return [GraphSchema.Key.Name, GraphSchema.Sources.Name, .. labels.SelectMany(n => n.Properties.Select(p => p.Name))];
        }
        if (parts[0] == "relationship")
        {
            var types = parts.Length == 1 ? [] : GraphSchema.Relationships.Where(r => r.Name == parts[1]).ToList();
            if (parts.Length == 2 && types.Count == 0) return null;
            return [GraphSchema.Sources.Name, .. types.SelectMany(r => r.Properties.Select(p => p.Name))];
        }
        return null;
    }

    /// <summary><c>node.Gene { … }</c>: the selector and the body (quoted values may hold braces: <c>'{symbol}'</c>).</summary>
    [GeneratedRegex(@"^([\w.]+)\s*\{((?:'[^']*'|[^'}])*)\}", RegexOptions.Multiline)]
    private static partial Regex Rule();

    [GeneratedRegex(@"caption:\s*'\{(\w+)\}'")]
    private static partial Regex Caption();
}
