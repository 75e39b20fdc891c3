using System.Text.RegularExpressions;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Architecture;

/// <summary>
/// Data flows one way: each stage folder of src/GeneGraph names only the stages before it, so no two stages depend on
/// each other; the Bolt client and the core library stand alone. Read from the source text, so a new reference shows
/// up here before it becomes a cycle.
/// </summary>
public sealed partial class StageDependencyTests
{
    /// <summary>The stages in the order data flows; a stage may name only stages listed before it.</summary>
    private static readonly string[] Stages =
    [
        "Diagnostics", "Values", "Schema", "Vault", "Notes", "Extraction", "References", "Graph", "Enrichment", "Selection", "Pipeline", "Cypher", "Queries",
        "Writers", "Neo4j",
    ];

    [GeneratedRegex(@"\bGeneGraph\.([A-Z][A-Za-z0-9]*)")]
    private static partial Regex StageReference();

    private static IEnumerable<(string File, string Stage)> References(string projectFolder) =>
        Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => StageReference().Matches(File.ReadAllText(f)).Select(m => (f, m.Groups[1].Value)))
            .Distinct();

    [Fact]
    public void Every_stage_names_only_the_stages_before_it()
    {
        var src = Path.Combine(RepoPaths.RepoRoot(), "src", "GeneGraph");
        var folders = Directory.GetDirectories(src).Select(Path.GetFileName).Where(n => n is not ("obj" or "bin")).ToList();
        Assert.Equal(Stages.Order(), folders.Order()); // a new folder takes its place in the order here

        var wrong = new List<string>();
        foreach (var stage in Stages)
        {
            var allowed = Stages.TakeWhile(s => s != stage).Append(stage).Append("Bolt").ToHashSet();
            foreach (var (file, named) in References(Path.Combine(src, stage)))
            {
                if (!allowed.Contains(named))
                    wrong.Add($"{Path.GetRelativePath(src, file)} names GeneGraph.{named}, a later stage than {stage}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void The_Bolt_client_names_nothing_of_GeneGraph_but_itself()
    {
        var bolt = Path.Combine(RepoPaths.RepoRoot(), "src", "GeneGraph.Bolt");
        var others = References(bolt).Where(r => r.Stage != "Bolt").Select(r => $"{r.File}: GeneGraph.{r.Stage}").ToList();
        Assert.True(others.Count == 0, string.Join('\n', others));
        Assert.DoesNotContain("ProjectReference", File.ReadAllText(Path.Combine(bolt, "GeneGraph.Bolt.csproj")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_core_library_builds_with_the_dotnet_SDK_alone()
    {
        var project = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot(), "src", "GeneGraph", "GeneGraph.csproj"));
        Assert.DoesNotContain("<Exec", project, StringComparison.Ordinal);
        Assert.DoesNotContain("npm", project, StringComparison.Ordinal);
        Assert.DoesNotContain("GeneGraph.View", project, StringComparison.Ordinal);
    }
}
