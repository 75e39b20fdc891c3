namespace GeneGraph.Cli;

/// <summary>
/// The examples that end each command's <c>--help</c>: real command lines on the repository's example vault
/// (a test runs those that need no server, from a folder where examples/vault is that vault).
/// </summary>
internal static class Examples
{
    private static readonly Dictionary<string, string[]> ByCommand = new(StringComparer.Ordinal)
    {
        [CommandLine.Name] =
        [
            "genegraph export examples/vault -o out/example.graphml",
            "genegraph query examples/vault strongest-loci --limit 10",
            "genegraph check examples/vault",
        ],
        ["export"] =
        [
            "genegraph export examples/vault -o out/example.graphml",
            "genegraph export examples/vault -o out/example.cyjs --derived enrichment",
            "genegraph export examples/vault --format neo4j-import -o out/example-import",
        ],
        ["check"] =
        [
            "genegraph check examples/vault",
            "genegraph check examples/vault --gene-table builtin",
        ],
        ["query"] =
        [
            "genegraph query examples/vault traits",
            "genegraph query examples/vault strongest-loci --trait spap --min-abs-r 0.5",
            "genegraph query examples/vault papers-for-gene --gene bmpr2 --format json",
        ],
        ["view"] =
        [
            "genegraph view examples/vault -o out/example.html",
            "genegraph view examples/vault -o out/example.html --derived enrichment,gene-trait",
        ],
        ["load"] =
        [
            "NEO4J_PASSWORD=… genegraph load examples/vault --uri bolt://localhost:7687 --user neo4j",
            "genegraph load examples/vault --uri bolt://localhost:7687 --dry-run --format json",
        ],
        ["watch"] =
        [
            "genegraph watch examples/vault -o out/example.graphml",
            "genegraph watch examples/vault -o out/example.json -o out/example.html --uri bolt://localhost:7687",
        ],
    };

    /// <summary>The examples of the command named <paramref name="command"/>; none for an unknown name.</summary>
    public static IReadOnlyList<string> For(string command) => ByCommand.GetValueOrDefault(command) ?? [];

    /// <summary>Every command's examples, for the test that runs them.</summary>
    public static IReadOnlyDictionary<string, string[]> All => ByCommand;
}
