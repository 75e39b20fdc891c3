using System.Text.Json;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Writers;

/// <summary>Reads a GraphML file with python3 + networkx and returns what networkx made of it, as JSON.</summary>
internal static class Networkx
{
    // Every value is reported with its Python type; floats as repr() so the exact double survives.
    private const string Script = """
        import json, sys
        import networkx as nx

        def typed(v):
            if isinstance(v, bool): return ["bool", v]
            if isinstance(v, int): return ["int", str(v)]
            if isinstance(v, float): return ["float", repr(v)]
            if isinstance(v, str): return ["str", v]
            return [type(v).__name__, repr(v)]

        g = nx.read_graphml(sys.argv[1])
        out = {
            "class": type(g).__name__,
            "nodes": [[n, {k: typed(v) for k, v in d.items()}] for n, d in g.nodes(data=True)],
            "edges": [[u, v, {k: typed(x) for k, x in d.items()}] for u, v, d in g.edges(data=True)],
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=True))
        """;

    /// <summary>Null when python3 or networkx is missing, with the reason.</summary>
    public static string? Unavailable()
    {
        try
        {
            var (code, _, error) = Run("-c", "import networkx");
            return code == 0 ? null : "networkx is not installed for python3: " + error.Trim();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return "python3 is not available: " + e.Message;
        }
    }

    public static JsonDocument Read(string graphmlPath)
    {
        var script = Path.Combine(Path.GetTempPath(), $"genegraph-read-graphml-{Guid.NewGuid():N}.py");
        File.WriteAllText(script, Script);
        try
        {
            var (code, output, error) = Run(script, graphmlPath);
            Assert.True(code == 0, "networkx failed to read the GraphML:\n" + error);
            return JsonDocument.Parse(output);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] arguments)
    {
        var result = ChildProcess.Run("python3", arguments);
        return (result.ExitCode, result.Stdout, result.Stderr);
    }
}
