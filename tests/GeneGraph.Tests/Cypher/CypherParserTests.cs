using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using GeneGraph.Bolt;
using GeneGraph.Bolt.Protocol;
using GeneGraph.Cypher;
using GeneGraph.Pipeline;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Writers;

namespace GeneGraph.Tests.Cypher;

/// <summary>
/// Every Cypher statement GeneGraph sends or ships, parsed by Neo4j's own Cypher 5 front end (the grammar and semantic
/// analysis of npm @neo4j-cypher/language-support, run by tests/js/cypher-lint.mjs): the loader's statements for every
/// label, type and server version (found by reflection over the public static methods of src/GeneGraph/Cypher, so a
/// statement added there is covered without touching this test), the routing procedures of the Bolt client, the cypher/
/// pack and schema files, and the <c>--format cypher</c> / <c>cypher-3</c> scripts of the thesis vault, statement by
/// statement. Cypher 5 statements must have no diagnostic at all. The 3.x variants, which only 3.x servers get (and
/// which run there in the real-server tests), are held to what is honest for each: see <see cref="Expected3xErrors"/>.
/// </summary>
public sealed partial class CypherParserTests
{
    /// <summary>Types of src/GeneGraph/Cypher whose string methods make values, not statements.</summary>
    private static readonly Type[] NotStatements = [typeof(CypherLiteral), typeof(SyncRows)];

    /// <summary>Server versions the statement methods are asked for: none, every 3.x–5.x line the client speaks to, 2025.</summary>
    private static readonly Version?[] ServerVersions =
        [null, new(3, 1, 1), new(3, 5, 35), new(4, 0), new(4, 3), new(4, 4), new(5, 0), new(5, 26), new(2025, 1)];

    private const string RulePlanner = "CYPHER planner=rule ";

    /// <summary>
    /// What Neo4j's Cypher 5 parser says to the 3.x schema syntax GeneGraph sends to 3.0–4.3 servers: exactly this
    /// one error per statement, the parser's own pointer to the 4.4+ form (which GeneGraph sends to those servers and
    /// which passes clean). <c>CYPHER planner=rule</c> is still Cypher 5 grammar (pre-parser options are not checked by
    /// the parser), so a 3.x relationship statement must parse clean as a whole, and again without the prefix.
    /// </summary>
    private static readonly Dictionary<string, string> Expected3xErrors = new()
    {
        ["CREATE CONSTRAINT ON"] = "Invalid constraint syntax, ON and ASSERT should not be used. Replace ON with FOR and ASSERT with REQUIRE.",
        ["CREATE INDEX ON"] = "Invalid create index syntax, use `CREATE INDEX FOR ...` instead.",
    };

    private sealed record Statement(string Id, string Text, IReadOnlyList<string>? Parameters, bool Only3x);

    private sealed record Diagnostic(string Severity, string Message);

    private static readonly Lazy<Dictionary<string, (Statement Statement, List<Diagnostic> Diagnostics)>> Linted = new(Lint);

    /// <summary>The statements of the loader: each public static method of src/GeneGraph/Cypher returning Cypher, for every argument.</summary>
    private static IEnumerable<Statement> LoaderStatements()
    {
        var types = typeof(CypherStatements).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(CypherStatements).Namespace && t.IsAbstract && t.IsSealed && !NotStatements.Contains(t));
        foreach (var method in types.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static)))
        {
            if (!ReturnsCypher(method.ReturnType)) continue;
            foreach (var arguments in Combinations(method))
            {
                // Made for a 3.0–4.3 server, or for one of unknown version (which gets the 3.x schema syntax).
                var at = Array.FindIndex(method.GetParameters(), p => p.ParameterType == typeof(Version));
                var only3x = at >= 0 && arguments[at] is not Version { Major: > 4 } and not Version { Major: 4, Minor: >= 4 };
                var name = $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", arguments.Select(a => a?.ToString() ?? "null"))})";
                var result = method.Invoke(null, arguments);
                var texts = result is string one ? [one] : ((IEnumerable<string>)result!).ToList();
                for (var i = 0; i < texts.Count; i++)
                    yield return new Statement(texts.Count == 1 ? name : $"{name}[{i}]", texts[i], null, only3x);
            }
        }
    }

    private static bool ReturnsCypher(Type type) => type == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(type);

    private static IEnumerable<object?[]> Combinations(MethodInfo method)
    {
        IEnumerable<object?[]> combinations = [[]];
        foreach (var parameter in method.GetParameters())
        {
            var values = ValuesFor(parameter.ParameterType, method);
            combinations = combinations.SelectMany(c => values.Select(v => (object?[])[.. c, v]));
        }
        return combinations;
    }

    private static object?[] ValuesFor(Type type, MethodInfo method) => type switch
    {
        _ when type.IsEnum => Enum.GetValues(type).Cast<object?>().ToArray(),
        _ when type == typeof(Version) => ServerVersions,
        _ when type == typeof(bool) => [false, true],
        _ when type == typeof(string) => ["thesis-vault"],
        _ when type == typeof(int) => [1],
        _ when type == typeof(long) => [1L],
        _ => throw new InvalidOperationException(
            $"{method.DeclaringType!.Name}.{method.Name} takes a {type.Name}: teach CypherParserTests.ValuesFor which values to try, so its statements are parsed too."),
    };

    /// <summary>The routing procedures the Bolt client calls on servers without ROUTE (3.x, 4.0–4.2).</summary>
    private static IEnumerable<Statement> RoutingStatements()
    {
        var context = new Dictionary<string, string> { ["address"] = "127.0.0.1:7687" };
        foreach (var version in new BoltVersion[] { new(1, 0), new(3, 0), new(4, 2) })
        {
            var procedure = BoltProtocols.For(version).GetRoutingProcedure(context, "neo4j");
            yield return new Statement($"routing procedure of Bolt {version}", procedure.Query, [.. procedure.Parameters.Keys], false);
        }
    }

    /// <summary>cypher/queries/*.cypher, each with the parameters its "// Parameters:" line documents.</summary>
    private static IEnumerable<Statement> PackQueries()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot(), "cypher", "queries"), "*.cypher").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            // The "// Parameters:" line and its indented continuation lines.
            var documented = string.Join(" ", text.Split('\n')
                .SkipWhile(l => !l.StartsWith("// Parameters:", StringComparison.Ordinal))
                .TakeWhile((l, i) => i == 0 || l.StartsWith("//  ", StringComparison.Ordinal)));
            var parameters = ParameterName().Matches(documented).Select(m => m.Groups[1].Value).Distinct().ToList();
            yield return new Statement($"cypher/queries/{Path.GetFileName(file)}", text, parameters, false);
        }
    }

    private static IEnumerable<Statement> SchemaFiles() =>
        from file in new[] { "schema-3.x.cypher", "schema-5.x.cypher" }
        from statement in ScriptStatements(File.ReadAllText(Path.Combine(RepoPaths.RepoRoot(), "cypher", file))).Select((s, i) => (s, i))
        select new Statement($"cypher/{file}, statement {statement.i + 1}", statement.s, [], file.StartsWith("schema-3", StringComparison.Ordinal));

    private static IEnumerable<Statement> ThesisScripts()
    {
        var graph = VaultGraph.Build(RepoPaths.ThesisVault()).Graph;
        foreach (var writer in new[] { CypherScriptWriter.Modern, CypherScriptWriter.Neo4j3 })
        {
            using var output = new MemoryStream();
            writer.Write(graph, output);
            var statements = ScriptStatements(System.Text.Encoding.UTF8.GetString(output.ToArray())).ToList();
            for (var i = 0; i < statements.Count; i++)
                yield return new Statement($"--format {writer.FormatName} of the thesis vault, statement {i + 1}", statements[i], [], writer == CypherScriptWriter.Neo4j3);
        }
    }

    /// <summary>A script's statements: one per line ending in ';', comments and blank lines left out.</summary>
    private static IEnumerable<string> ScriptStatements(string script) =>
        script.Split('\n')
            .Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(line =>
            {
                Assert.EndsWith(";", line.TrimEnd(), StringComparison.Ordinal);
                return line.TrimEnd().TrimEnd(';');
            });

    private static Dictionary<string, (Statement, List<Diagnostic>)> Lint()
    {
        var statements = LoaderStatements().Concat(RoutingStatements()).Concat(PackQueries()).Concat(SchemaFiles()).Concat(ThesisScripts())
            .SelectMany(s => s.Text.StartsWith(RulePlanner, StringComparison.Ordinal)
                ? [s, s with { Id = s.Id + " without its 3.x planner prefix", Text = s.Text[RulePlanner.Length..] }]
                : new[] { s })
            .ToList();
        var input = Path.Combine(Directory.CreateTempSubdirectory("genegraph-cypher-lint-").FullName, "statements.json");
        File.WriteAllText(input, JsonSerializer.Serialize(statements.Select(s => new { id = s.Id, text = s.Text, parameters = s.Parameters })));
        using var output = NodeScripts.RunJson("cypher-lint.mjs", input);
        Directory.Delete(Path.GetDirectoryName(input)!, recursive: true);
        var byId = statements.ToDictionary(s => s.Id);
        return output.RootElement.EnumerateArray().ToDictionary(
            r => r.GetProperty("id").GetString()!,
            r => (byId[r.GetProperty("id").GetString()!], r.GetProperty("diagnostics").EnumerateArray()
                .Select(d => new Diagnostic(d.GetProperty("severity").GetString()!, d.GetProperty("message").GetString()!)).ToList()));
    }

    /// <summary>The statements whose id <paramref name="select"/> picks, with their diagnostics.</summary>
    private static List<(Statement Statement, List<Diagnostic> Diagnostics)> Of(Func<string, bool> select)
    {
        NodeScripts.Require(chromium: false);
        var selected = Linted.Value.Where(pair => select(pair.Key)).Select(pair => pair.Value).ToList();
        Assert.NotEmpty(selected);
        return selected;
    }

    private static void AssertCypher5(IEnumerable<(Statement Statement, List<Diagnostic> Diagnostics)> linted)
    {
        var failures = linted
            .Where(l => l.Diagnostics.Count > 0 && !Is3xSchema(l.Statement))
            .Select(l => $"{l.Statement.Id}: {string.Join("; ", l.Diagnostics.Select(d => $"{d.Severity}: {d.Message}"))}\n  {Abbreviated(l.Statement.Text)}")
            .ToList();
        Assert.True(failures.Count == 0, $"Neo4j's Cypher 5 parser found problems in {failures.Count} statements:\n{string.Join("\n", failures)}");
    }

    /// <summary>A 3.x schema statement (sent only to 3.0–4.3 servers) gets exactly the one error of its 3.x syntax; any other, none.</summary>
    private static bool Is3xSchema(Statement statement) => statement.Only3x && Expected3xErrors.Keys.Any(k => statement.Text.StartsWith(k, StringComparison.Ordinal));

    private static void AssertExpected3xErrors(IEnumerable<(Statement Statement, List<Diagnostic> Diagnostics)> linted)
    {
        foreach (var (statement, diagnostics) in linted.Where(l => Is3xSchema(l.Statement)))
        {
            var expected = Expected3xErrors.Single(e => statement.Text.StartsWith(e.Key, StringComparison.Ordinal)).Value;
            Assert.True(diagnostics.Count == 1 && diagnostics[0] == new Diagnostic("error", expected),
                $"{statement.Id} ({statement.Text}): expected only the 3.x syntax error '{expected}', got: {string.Join("; ", diagnostics)}");
        }
    }

    private static string Abbreviated(string text) => text.Length <= 300 ? text : text[..300] + $"… ({text.Length} characters)";

    [Fact]
    public void Every_statement_the_loader_sends_for_every_label_type_and_server_version_parses_as_Cypher_5()
    {
        var linted = Of(id => !id.StartsWith("cypher/", StringComparison.Ordinal) && !id.StartsWith("--format", StringComparison.Ordinal) && !id.StartsWith("routing", StringComparison.Ordinal));

        AssertCypher5(linted);
        AssertExpected3xErrors(linted);
        Assert.All(linted.Where(l => !l.Statement.Only3x), l => Assert.False(Is3xSchema(l.Statement with { Only3x = true }), $"{l.Statement.Id} is 3.x syntax"));
    }

    [Fact]
    public void The_statement_methods_are_found_by_reflection_so_a_new_one_is_parsed_without_a_change_here()
    {
        var methods = LoaderStatements().Select(s => s.Id[..s.Id.IndexOf('(', StringComparison.Ordinal)]).ToHashSet();

        Assert.Contains("CypherStatements.MergeNodes", methods);
        Assert.Contains("CypherStatements.MergeRelationships", methods);
        Assert.Contains("CypherStatements.Schema", methods);
        var declared = typeof(CypherStatements).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => ReturnsCypher(m.ReturnType));
        Assert.All(declared, m => Assert.Contains($"CypherStatements.{m.Name}", methods));
    }

    [Fact]
    public void The_routing_procedures_the_bolt_client_calls_parse_as_Cypher_5_with_their_parameters() =>
        AssertCypher5(Of(id => id.StartsWith("routing", StringComparison.Ordinal)));

    [Fact]
    public void The_queries_of_the_cypher_pack_parse_as_Cypher_5_with_the_parameters_they_document() =>
        AssertCypher5(Of(id => id.StartsWith("cypher/queries/", StringComparison.Ordinal)));

    [Fact]
    public void The_5x_schema_file_parses_as_Cypher_5_and_the_3x_one_gets_exactly_the_errors_of_3x_syntax()
    {
        var linted = Of(id => id.StartsWith("cypher/schema-", StringComparison.Ordinal));

        AssertCypher5(linted);
        AssertExpected3xErrors(linted);
        Assert.All(linted.Where(l => l.Statement.Id.StartsWith("cypher/schema-3", StringComparison.Ordinal)), l => Assert.True(Is3xSchema(l.Statement)));
    }

    [Fact]
    public void The_cypher_scripts_of_the_thesis_vault_parse_as_Cypher_5_statement_by_statement()
    {
        var linted = Of(id => id.StartsWith("--format", StringComparison.Ordinal));

        AssertCypher5(linted);
        AssertExpected3xErrors(linted);
        Assert.Contains(linted, l => l.Statement.Text.StartsWith("UNWIND [{", StringComparison.Ordinal)); // the batches with their rows as literals
    }

    [GeneratedRegex(@"\$(\w+)")]
    private static partial Regex ParameterName();
}
