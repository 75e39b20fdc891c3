using System.Globalization;
using GeneGraph.Bolt;
using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Tests.Neo4j;

/// <summary>
/// A whole graph as comparable text lines: one per node (<c>Label id {props}</c>) and per relationship
/// (<c>Label:id -TYPE-> Label:id {props}</c>), read from Neo4j or made from a <see cref="KnowledgeGraph"/>.
/// Read from Neo4j, the load's own marks (<see cref="SyncMarks"/>) and graph records are left out unless asked for.
/// </summary>
internal static class Neo4jSnapshot
{
    private static readonly HashSet<string> Marks = SyncMarks.OnEveryElement.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    public static async Task<List<string>> ReadAsync(BoltDriver driver, bool withMarks = false)
    {
        IReadOnlyDictionary<string, object?> Shown(IReadOnlyDictionary<string, object?> props) =>
            withMarks ? props : props.Where(p => !Marks.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);
        await using var session = driver.Session();
        var nodes = await session.RunAsync("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", cancellationToken: TestContext.Current.CancellationToken);
        var relationships = await session.RunAsync(
            "MATCH (a)-[r]->(b) RETURN labels(a)[0] AS fromLabel, a.id AS fromId, type(r) AS type, labels(b)[0] AS toLabel, b.id AS toId, properties(r) AS props");
        var lines = new List<string>();
        foreach (var record in nodes.Records)
        {
            var labels = (IReadOnlyList<object?>)record["labels"]!;
            if (!withMarks && labels.Contains(SyncMarks.GraphLabel)) continue;
            var props = Shown((IReadOnlyDictionary<string, object?>)record["props"]!);
            // A generation is a new random value per load: only whether a load finished writing or is writing can compare.
            if (props.GetValueOrDefault(SyncMarks.Generation.Name) is string generation)
                props = new Dictionary<string, object?>(props) { [SyncMarks.Generation.Name] = generation.StartsWith("writing ", StringComparison.Ordinal) ? "writing" : "finished" };
            lines.Add($"{string.Join(":", labels)} {props.GetValueOrDefault("id") ?? props.GetValueOrDefault("name")} {Format(props)}");
        }
        foreach (var r in relationships.Records)
            lines.Add($"{r["fromLabel"]}:{r["fromId"]} -{r["type"]}-> {r["toLabel"]}:{r["toId"]} {Format(Shown((IReadOnlyDictionary<string, object?>)r["props"]!))}");
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public static List<string> Of(KnowledgeGraph graph)
    {
        var lines = new List<string>();
        foreach (var node in graph.Nodes)
        {
            var props = node.Properties.ToDictionary(p => p.Key, p => (object?)p.Value);
            props["id"] = node.Key;
            props["sources"] = node.Sources.Select(s => (object?)s.ToString()).ToList();
            lines.Add($"{node.Label} {node.Key} {Format(props)}");
        }
        foreach (var edge in graph.Edges)
        {
            var props = edge.Properties.ToDictionary(p => p.Key, p => (object?)p.Value);
            props["sources"] = edge.Sources.Select(s => (object?)s.ToString()).ToList();
            lines.Add($"{edge.Source.Label}:{edge.Source.Key} -{edge.Type.Name()}-> {edge.Target.Label}:{edge.Target.Key} {Format(props)}");
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Format(IReadOnlyDictionary<string, object?> props) =>
        "{" + string.Join(", ", props.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {Value(p.Value)}")) + "}";

    private static string Value(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r") + "\"",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long or int => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Value)) + "]",
        _ => value.ToString() ?? "",
    };
}
