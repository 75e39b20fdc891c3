using System.Text.Json;

namespace GeneGraph.Tests.TestSupport;

/// <summary>
/// Runs the node scripts of tests/js (GraphML readers, browser checks). They need node, tests/js/node_modules
/// (<c>npm ci</c> in tests/js; scripts/test.sh does it) and, for the browser ones, Debian's /usr/bin/chromium.
/// On a developer machine without them the tests skip and say why; under CI=true they fail instead.
/// </summary>
internal static class NodeScripts
{
    public static string Folder => Path.Combine(RepoPaths.RepoRoot(), "tests", "js");

    public static string Chromium => Environment.GetEnvironmentVariable("GENEGRAPH_CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>Skips (or, under CI, fails) unless node and the npm packages are there, and Chromium too when asked.</summary>
    public static void Require(bool chromium)
    {
        string? missing = null;
        try
        {
            if (ChildProcess.Run("node", ["--version"]).ExitCode != 0) missing = "node does not run";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            missing = "node is not installed: " + e.Message;
        }
        if (missing is null && !Directory.Exists(Path.Combine(Folder, "node_modules", "playwright-core")))
            missing = $"the test scripts' npm packages are not installed: run 'npm ci' in {Folder} (scripts/test.sh does)";
        if (missing is null && chromium && !File.Exists(Chromium))
            missing = $"Chromium is not installed at {Chromium}: apt-get install -y chromium (.ci/run does)";
        if (missing is null) return;
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(missing + " — CI must run these tests");
        Assert.Skip(missing);
    }

    /// <summary>Runs <c>node tests/js/{script} args…</c>, asserts exit code 0 and returns its stdout as JSON.</summary>
    public static JsonDocument RunJson(string script, params string[] arguments)
    {
        var result = Run(script, arguments);
        Assert.True(result.ExitCode == 0, $"node {script} failed ({result.ExitCode}):\n{result.Stderr}\n{result.Stdout}");
        return JsonDocument.Parse(result.Stdout);
    }

    public static ChildProcess.Result Run(string script, params string[] arguments) =>
        ChildProcess.Run("node", [Path.Combine(Folder, script), .. arguments],
            new Dictionary<string, string?> { ["GENEGRAPH_CHROMIUM"] = Chromium });

    /// <summary>Where the browser tests keep their screenshots: TestResults/visual beside the test assembly.</summary>
    public static string ArtifactsFolder()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "visual");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
