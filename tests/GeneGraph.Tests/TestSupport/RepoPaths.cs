namespace GeneGraph.Tests.TestSupport;

/// <summary>
/// Where things are: the checkout (the folder of GeneGraph.sln above the test binaries) and ../shared beside it
/// (the real vault, the seed note); a test that needs ../shared skips with a message without it.
/// </summary>
internal static class RepoPaths
{
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GeneGraph.sln")))
                return dir.FullName;
        throw new InvalidOperationException("GeneGraph.sln not found above " + AppContext.BaseDirectory);
    }

    public static string ExampleVault() => Path.Combine(RepoRoot(), "examples", "vault");

    /// <summary>The path of a file or folder under ../shared, whether it is there or not.</summary>
    public static string Shared(params string[] parts) => Path.GetFullPath(Path.Combine([RepoRoot(), "..", "shared", .. parts]));

    /// <summary>The path of a file or folder under ../shared, or a skip with the reason.</summary>
    public static string Require(params string[] parts)
    {
        var path = Shared(parts);
        if (!File.Exists(path) && !Directory.Exists(path))
            Assert.Skip($"{path} is absent: this test needs ../shared beside the checkout");
        return path;
    }

    public static string ThesisVault() => Require("corpora", "thesis-vault");
}
