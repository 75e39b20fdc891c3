using System.Text.RegularExpressions;
using GeneGraph.Cypher;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Schema;

/// <summary>
/// cypher/schema-3.x.cypher and cypher/schema-5.x.cypher create what <see cref="GraphSchema"/> declares: a uniqueness
/// constraint on every label's key and an index on every declared indexed property, nothing else; and they are the
/// statements <see cref="CypherStatements.Schema"/> makes from the declaration, which the loader runs.
/// </summary>
public sealed partial class SchemaFilesTests
{
    private static IEnumerable<string> Declared() =>
        GraphSchema.Nodes.Select(n => $"unique {n.Label}.{GraphSchema.Key.Name}")
            .Concat(GraphSchema.Nodes.SelectMany(n => n.Indexed.Select(p => $"index {n.Label}.{p.Name}")));

    private static List<string> StatementsOf(string file) =>
        File.ReadAllLines(Path.Combine(RepoPaths.RepoRoot(), "cypher", file))
            .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal) && line.Trim().Length > 0)
            .Select(line => line.Trim().TrimEnd(';'))
            .ToList();

    /// <summary>What each statement creates: <c>unique Gene.id</c>, <c>index Gene.ensemblId</c>.</summary>
    private static IEnumerable<string> Created(IEnumerable<string> statements) =>
        statements
            .Select(statement => statement switch
            {
                _ when Unique3().Match(statement) is { Success: true } m => $"unique {m.Groups[1]}.{m.Groups[2]}",
                _ when Index3().Match(statement) is { Success: true } m => $"index {m.Groups[1]}.{m.Groups[2]}",
                _ when Unique5().Match(statement) is { Success: true } m => $"unique {m.Groups[1]}.{m.Groups[2]}",
                _ when Index5().Match(statement) is { Success: true } m => $"index {m.Groups[1]}.{m.Groups[2]}",
                _ => $"unknown statement: {statement}",
            });

    [Theory]
    [InlineData("schema-3.x.cypher")]
    [InlineData("schema-5.x.cypher")]
    public void The_schema_file_creates_the_declared_constraints_and_indexes(string file)
    {
        var created = Created(StatementsOf(file)).ToList();
        Assert.Equal(created.Count, created.Distinct().Count());
        DeclaredAndFound.AssertSame(Declared(), created, file);
    }

    [Fact]
    public void The_shipped_schema_files_are_what_the_loader_runs()
    {
        Assert.Equal(StatementsOf("schema-3.x.cypher"), CypherStatements.Schema(new Version(3, 1, 1)));
        Assert.Equal(StatementsOf("schema-3.x.cypher"), CypherStatements.Schema(new Version(4, 3)));
        Assert.Equal(StatementsOf("schema-5.x.cypher"), CypherStatements.Schema(new Version(4, 4)));
        Assert.Equal(StatementsOf("schema-5.x.cypher"), CypherStatements.Schema(new Version(2025, 1)));
    }

    [Fact]
    public void A_statement_that_creates_something_else_is_not_taken_for_a_declared_one() =>
        Assert.Equal(
            ["unique Gene.symbol", "index Gene.symbol", "unknown statement: CREATE INDEX ON :Gene(symbol, id)"],
            Created(["CREATE CONSTRAINT ON (n:Gene) ASSERT n.symbol IS UNIQUE", "CREATE INDEX gene_symbol IF NOT EXISTS FOR (n:Gene) ON (n.symbol)",
                     "CREATE INDEX ON :Gene(symbol, id)"]));

    [GeneratedRegex(@"^CREATE CONSTRAINT ON \(n:(\w+)\) ASSERT n\.(\w+) IS UNIQUE$")]
    private static partial Regex Unique3();

    [GeneratedRegex(@"^CREATE INDEX ON :(\w+)\((\w+)\)$")]
    private static partial Regex Index3();

    [GeneratedRegex(@"^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.(\w+) IS UNIQUE$")]
    private static partial Regex Unique5();

    [GeneratedRegex(@"^CREATE INDEX \w+ IF NOT EXISTS FOR \(n:(\w+)\) ON \(n\.(\w+)\)$")]
    private static partial Regex Index5();
}
