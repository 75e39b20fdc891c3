using GeneGraph.Graph;
using GeneGraph.Pipeline;
using GeneGraph.Selection;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Selection;

/// <summary>How <c>--trait</c> finds a trait: exactly, else by the rule <c>query</c> uses (NameMatch); an unknown name gets the known ones, closest first.</summary>
public sealed class TraitNamesTests
{
    private static KnowledgeGraph Graph(params string[] traits)
    {
        var plots = string.Join("\n", traits.Select((t, i) => $"## {t}\n![[X0.{i + 1}_ENSG00000128342_chr22.30247659.30247698.png]]"));
        using var vault = new TempVault();
        vault.Write("Genes/LIF.md", $"# Plots\n{plots}\n");
        return VaultGraph.Build(vault.Root).Graph;
    }

    [Fact]
    public void A_name_is_found_exactly_or_in_any_spelling_query_takes()
    {
        var graph = Graph("PA_sys", "sPAP");
        Assert.Equal("PA_sys", TraitNames.Find(graph, "PA_sys", out _)!.Key);
        Assert.Equal("PA_sys", TraitNames.Find(graph, "pa_SYS", out _)!.Key);
        Assert.Equal("PA_sys", TraitNames.Find(graph, "pa sys", out _)!.Key);
        Assert.Equal("PA_sys", TraitNames.Find(graph, "PA-SYS", out _)!.Key);
        Assert.Equal("sPAP", TraitNames.Find(graph, "SPAP", out var error)!.Key);
        Assert.Null(error);
    }

    [Fact]
    public void An_exact_name_wins_over_one_that_differs_in_case_only()
    {
        var graph = Graph("PVR", "pvr");
        Assert.Equal("pvr", TraitNames.Find(graph, "pvr", out _)!.Key);
        Assert.Null(TraitNames.Find(graph, "Pvr", out var error));
        Assert.Equal("trait 'Pvr' is ambiguous: PVR, pvr", error);
    }

    [Fact]
    public void An_unknown_name_lists_the_known_ones_closest_first()
    {
        var graph = Graph("mPAP", "sPAP", "TAPSE", "BNP");
        Assert.Null(TraitNames.Find(graph, "spab", out var error));
        Assert.Equal("unknown trait 'spab'; known: sPAP, mPAP, BNP, TAPSE", error);
    }
}
