using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Cli.Commands;

/// <summary><c>genegraph export --format neo4j-import</c> as a user runs it.</summary>
public sealed class ExportBundleCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-bundle-cli-").FullName;
    private readonly string _vault = RepoPaths.ExampleVault();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Writes_the_bundle_folder_and_says_how_to_import_it()
    {
        var target = Path.Combine(_folder, "out", "bundle");
        var run = GeneGraphProcess.Run("export", _vault, "--format", "neo4j-import", "-o", target);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("2 warnings not listed (1 GG104, 1 GG204)", run.Stderr);
        Assert.Contains("wrote 38 nodes and 44 edges", run.Stderr);
        Assert.Contains("7 node files, 7 relationship files", run.Stderr);
        Assert.Contains("import.sh", run.Stderr);
        Assert.StartsWith("id:ID(Gene),:LABEL,", File.ReadAllText(Path.Combine(target, "nodes-Gene.csv")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(target, "relationships-CORRELATES_WITH.csv")));
        Assert.Equal([target], Directory.GetFileSystemEntries(Path.Combine(_folder, "out")));

        var again = GeneGraphProcess.Run("export", _vault, "--format", "neo4j-import", "-o", target);
        Assert.Equal(0, again.ExitCode);
    }

    [Fact]
    public void Standard_output_is_a_usage_error()
    {
        var run = GeneGraphProcess.Run("export", _vault, "--format", "neo4j-import", "-o", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("genegraph: error: neo4j-import writes a folder of files; give a folder with -o, not '-'", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void A_folder_that_is_not_a_bundle_is_left_alone_with_exit_three()
    {
        var target = Path.Combine(_folder, "notes");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "keep.md"), "mine");
        var run = GeneGraphProcess.Run("export", _vault, "--format", "neo4j-import", "-o", target);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("refusing to replace", run.Stderr);
        Assert.Equal(["keep.md"], Directory.GetFileSystemEntries(target).Select(Path.GetFileName));
    }

    [Fact]
    public void Help_names_the_format()
    {
        var run = GeneGraphProcess.Run("export", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("neo4j-import", run.Stdout);
    }
}
