namespace GeneGraph.Tests;

/// <summary>Finds ../shared (the real vault, the seed note) beside the checkout; tests skip with a message without it.</summary>
internal static class SharedFolder
{
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GeneGraph.sln")))
                return dir.FullName;
        throw new InvalidOperationException("GeneGraph.sln not found above " + AppContext.BaseDirectory);
    }

    public static string ExampleVault() => Path.Combine(RepoRoot(), "examples", "vault");

    /// <summary>The path of a file or folder under ../shared, or a skip with the reason.</summary>
    public static string Require(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", relative));
        if (!File.Exists(path) && !Directory.Exists(path))
            Assert.Skip($"{path} is absent: this test needs ../shared beside the checkout");
        return path;
    }

    public static string ThesisVault() => Require("corpora/thesis-vault");
}
