using GeneGraph.Pipeline;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Writers.Neo4jImport;

namespace GeneGraph.Tests.Writers.Neo4jImport;

/// <summary>
/// Which importer import.sh picks and what it passes, for the versions no server here can run (4.x, 5.x,
/// 2025.x): a Neo4j home laid out like the real one whose bin/neo4j-admin records its arguments, one per line.
/// The 3.x path runs the real bin/neo4j-import in <see cref="Neo4jImportRealServerTests"/>.
/// </summary>
public sealed class ImportScriptDispatchTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-import-sh-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (ChildProcess.Result Run, string[] Arguments) RunWith(string version, string? versionEnvironment = null)
    {
        var bundle = Path.Combine(_folder, "bundle");
        if (!Directory.Exists(bundle)) new Neo4jImportBundleWriter().Write(VaultGraph.Build(RepoPaths.ExampleVault()).Graph, bundle);
        var home = Path.Combine(_folder, "neo4j-" + version);
        Directory.CreateDirectory(Path.Combine(home, "bin"));
        Directory.CreateDirectory(Path.Combine(home, "lib"));
        if (versionEnvironment is null) File.WriteAllText(Path.Combine(home, "lib", $"neo4j-kernel-{version}.jar"), "");
        var record = Path.Combine(home, "arguments.txt");
        File.WriteAllText(Path.Combine(home, "bin", "neo4j-admin"), $"#!/usr/bin/env bash\nprintf '%s\\n' \"$PWD\" \"$@\" > '{record}'\n");
        var run = Neo4jImportBundleTests.Bash(Path.Combine(bundle, "import.sh"), new Dictionary<string, string?>
        {
            ["NEO4J_HOME"] = home,
            ["NEO4J_VERSION"] = versionEnvironment,
            ["NEO4J_DATABASE"] = "genes",
        });
        return (run, File.Exists(record) ? File.ReadAllLines(record) : []);
    }

    [Theory]
    [InlineData("5.26.0")]
    [InlineData("2025.01.0")]
    public void Five_and_later_run_database_import_full_with_the_database_first(string version)
    {
        var (run, arguments) = RunWith(version);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains($"import.sh: Neo4j {version}", run.Stderr);
        Assert.Equal(Path.Combine(_folder, "bundle"), arguments[0]);
        Assert.Equal(["database", "import", "full", "genes", "--id-type=string", "--input-encoding=UTF-8", "--delimiter=,",
                      "--array-delimiter=\u001F", "--quote=\"", "--multiline-fields=true", "--legacy-style-quoting=true",
                      "--nodes=nodes-Gene.csv"], arguments[1..13]);
        Assert.Equal(7, arguments.Count(a => a.StartsWith("--nodes=", StringComparison.Ordinal)));
        Assert.Equal(7, arguments.Count(a => a.StartsWith("--relationships=", StringComparison.Ordinal)));
        Assert.Equal("--relationships=relationships-MENTIONS.csv", arguments[^1]);
    }

    [Fact]
    public void Four_runs_Neo4j_admin_import()
    {
        var (run, arguments) = RunWith("4.4.30");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(["import", "--database=genes", "--id-type=STRING", "--input-encoding=UTF-8", "--delimiter=,",
                      "--array-delimiter=\u001F", "--quote=\"", "--multiline-fields=true", "--legacy-style-quoting=true"], arguments[1..10]);
        Assert.Equal(14, arguments.Length - 10);
    }

    [Fact]
    public void The_version_can_be_given_and_a_3x_home_without_Neo4j_import_is_a_clear_error()
    {
        var (five, arguments) = RunWith("5.1.0-from-env", versionEnvironment: "5.1.0");
        Assert.True(five.ExitCode == 0, five.Stderr);
        Assert.Equal("database", arguments[1]);

        var (three, _) = RunWith("3.5.0");
        Assert.Equal(1, three.ExitCode);
        Assert.Contains("Neo4j 3.5.0: bin/neo4j-import was not found", three.Stderr);

        var (old, _) = RunWith("2.3.3");
        Assert.Equal(1, old.ExitCode);
        Assert.Contains("Neo4j 2.3.3 is not supported", old.Stderr);
    }
}
