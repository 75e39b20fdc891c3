using System.Text.Json;
using GeneGraph.Pipeline;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.View;

/// <summary>
/// One <c>genegraph view</c> page of the thesis vault, written by the CLI as a process and walked through once in
/// headless Chromium by tests/js/view-page.mjs (overview, search LIF, sPAP, |r| ≥ 0.55, zoom, save PNG and SVG,
/// diseases off, the permalink opened afresh, back to the overview, search IRF4); the tests assert on what it saw. Screenshots:
/// TestResults/visual/view-thesis*.png.
/// </summary>
public sealed class ThesisViewFixture : IDisposable
{
    public const string Gene = "LIF";
    public const string Trait = "Trait:sPAP";
    public const double MinAbsR = 0.55;
    public const string HiddenGene = "irf4"; // no locus of IRF4 is among any trait's 5 strongest

    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-view-thesis-").FullName;
    private readonly Lazy<(VaultGraphResult Graph, JsonDocument Seen)> _run;

    public ThesisViewFixture() => _run = new(Walk);

    public string Screenshot { get; } = Path.Combine(NodeScripts.ArtifactsFolder(), "view-thesis.png");

    /// <summary>The vault's graph and what the page showed; skips without Chromium, node or the thesis vault.</summary>
    public (VaultGraphResult Graph, JsonElement Seen) Require()
    {
        NodeScripts.Require(chromium: true);
        RepoPaths.ThesisVault();
        return (_run.Value.Graph, _run.Value.Seen.RootElement);
    }

    private (VaultGraphResult, JsonDocument) Walk()
    {
        var vault = RepoPaths.ThesisVault();
        var page = Path.Combine(_folder, "thesis.html");
        var run = GeneGraphProcess.Run("view", vault, "-o", page);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var seen = NodeScripts.RunJson("view-page.mjs", page, Screenshot, Gene, Trait,
            MinAbsR.ToString(System.Globalization.CultureInfo.InvariantCulture), HiddenGene);
        return (VaultGraph.Build(vault), seen);
    }

    public void Dispose()
    {
        if (_run.IsValueCreated) _run.Value.Seen.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
