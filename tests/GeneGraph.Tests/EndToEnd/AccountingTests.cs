using GeneGraph.Pipeline;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.EndToEnd;

/// <summary>Nothing dropped in silence: every plot and card link of every note is accounted for (<see cref="VaultAccounting"/>).</summary>
public class AccountingTests(ThesisVaultFixture fixture) : IClassFixture<ThesisVaultFixture>
{
    [Fact]
    public void Every_plot_and_card_link_of_the_thesis_vault_is_an_edge_or_a_diagnostic()
    {
        var result = fixture.Require();
        var mismatches = VaultAccounting.Mismatches(fixture.Folder!, result);
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void Every_plot_and_card_link_of_the_example_vault_is_an_edge_or_a_diagnostic()
    {
        var vault = RepoPaths.ExampleVault();
        var mismatches = VaultAccounting.Mismatches(vault, VaultGraph.Build(vault));
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
