using GeneGraph.Enrichment;
using GeneGraph.Pipeline;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;
using static GeneGraph.Tests.Enrichment.EnrichmentVault;

namespace GeneGraph.Tests.Enrichment;

/// <summary>
/// Over-representation on a vault built for it (ten genes; trait T's genes G1–G3) and on the thesis vault, each
/// number checked against a count and a computation of its own.
/// </summary>
public sealed class OverRepresentationTests
{
    private static readonly Lazy<VaultGraphResult> Constructed = new(() =>
    {
        var genes = new List<Gene>
        {
            new("G1", 1, [("T", 0.5, 1)], ["every_gene", "trait_only", "mixed"]),
            new("G2", 2, [("T", 0.6, 1)], ["every_gene", "trait_only"]),
            new("G3", 3, [("T", -0.4, 1)], ["every_gene", "trait_only"]),
            new("G4", 4, [("U", 0.3, 1)], ["every_gene", "mixed"]),
            new("G5", 5, [], ["every_gene", "mixed"]),
        };
        genes.AddRange(Enumerable.Range(6, 5).Select(i => new Gene($"G{i}", i, [], ["every_gene"])));
        var result = VaultGraph.Build(GeneNotes([.. genes]).Select(n => new GeneGraph.Vault.VaultFile(n.Path, n.Text)), new GeneGraph.Diagnostics.DiagnosticBag());
        return result;
    });

    private static IReadOnlyList<EnrichmentResult> Compute(VaultGraphResult vault, EnrichmentOptions options, string? trait = "T") =>
        OverRepresentation.Compute(vault.Graph, Background.GeneNotes(vault.Graph, vault.GeneNoteKeys), options, [TermKind.Pathway], trait);

    private static EnrichmentResult Test(IReadOnlyList<EnrichmentResult> results, string term) => Assert.Single(results, r => r.Term.Key == term);

    [Fact]
    public void The_constructed_vault_is_read_as_built()
    {
        Assert.Equal(10, Constructed.Value.GeneNotes);
        Assert.Equal(10, Constructed.Value.Graph.EdgesOfType(RelationshipType.InPathway).Count(e => e.Target.Key == "every_gene"));
    }

    [Fact]
    public void A_pathway_of_every_gene_has_p_one_and_one_holding_only_the_traits_genes_the_minimum_p()
    {
        var results = Compute(Constructed.Value, EnrichmentOptions.Default);
        var every = Test(results, "every_gene");
        Assert.Equal((3, 3, 10, 10, 1.0, 1.0), (every.Overlap, every.TraitGenes, every.TermGenes, every.BackgroundGenes, every.P, every.Fold));
        var only = Test(results, "trait_only");
        Assert.Equal((3, 3, 3, 10), (only.Overlap, only.TraitGenes, only.TermGenes, only.BackgroundGenes));
        Assert.Equal(1.0 / 120, only.P, 15); // 1 / C(10, 3), the least p three genes of ten can have
        Assert.Equal(10.0 / 3, only.Fold, 12);
        var mixed = Test(results, "mixed");
        Assert.Equal((1, 3, 3, 10), (mixed.Overlap, mixed.TraitGenes, mixed.TermGenes, mixed.BackgroundGenes));
        Assert.Equal(85.0 / 120, mixed.P, 14); // 1 - C(7, 3) / C(10, 3)
        Assert.Equal(["G1", "G2", "G3"], only.Genes);
        // BH over the three tests of T and pathway, by hand: p = 1/120, 85/120, 1 → q = 3/120, 85/80 → 1, 1
        Assert.Equal(3.0 / 120, only.Q, 15);
        Assert.Equal(1.0, mixed.Q);
        Assert.Equal(["trait_only", "mixed", "every_gene"], results.Select(r => r.Term.Key)); // by q, then p
    }

    [Fact]
    public void The_thresholds_choose_the_traits_genes()
    {
        var strong = Compute(Constructed.Value, new EnrichmentOptions(new TraitGeneFilter(MinAbsR: 0.45)));
        Assert.All(strong, r => Assert.Equal(2, r.TraitGenes));
        Assert.Equal(["G1", "G2"], Test(strong, "trait_only").Genes);
        var negative = Compute(Constructed.Value, new EnrichmentOptions(new TraitGeneFilter(Sign: -1)));
        Assert.Equal(["G3"], Test(negative, "trait_only").Genes);
        Assert.DoesNotContain(negative, r => r.Term.Key == "mixed"); // k = 0 is not a test
        var kept = Compute(Constructed.Value, EnrichmentOptions.Default with { MaxQ = 0.05 });
        Assert.Equal(["trait_only"], kept.Select(r => r.Term.Key));
    }

    [Fact]
    public void A_universe_file_matches_symbols_and_Ensembl_ids_and_counts_what_it_could_not_match()
    {
        var vault = Constructed.Value;
        var background = Background.Universe(vault.Graph, vault.GeneNoteKeys,
            ["G1", "g2", "ENSG00000000003.7", "# a comment", "", "G4", "G5", "NOT_IN_VAULT", "ENSG99999999999"], "universe.txt");
        Assert.Equal(["G1", "G2", "G3", "G4", "G5"], background.Genes.Select(g => g.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["NOT_IN_VAULT", "ENSG99999999999"], background.Unmatched);
        Assert.Contains("2 ids matched no gene note", background.Description, StringComparison.Ordinal);
        var results = OverRepresentation.Compute(vault.Graph, background, EnrichmentOptions.Default, [TermKind.Pathway], "T");
        var mixed = Test(results, "mixed");
        Assert.Equal((1, 3, 3, 5), (mixed.Overlap, mixed.TraitGenes, mixed.TermGenes, mixed.BackgroundGenes));
    }

    [Fact]
    public void On_the_thesis_vault_every_count_p_and_q_is_its_independent_computation()
    {
        var vault = VaultGraph.Build(RepoPaths.ThesisVault());
        var background = Background.GeneNotes(vault.Graph, vault.GeneNoteKeys);
        Assert.Equal(vault.GeneNotes, background.Genes.Count);
        var results = OverRepresentation.Compute(vault.Graph, background, EnrichmentOptions.Default, TermKinds.All);
        Assert.True(results.Count > 100, $"{results.Count} tests");

        // the sets counted again from the correlation and link edges, apart from the code under test
        var noted = vault.GeneNoteKeys.ToHashSet();
        var linksOf = (RelationshipType type) => vault.Graph.Edges.Where(e => e.Type == type && noted.Contains(e.Source.Key))
            .GroupBy(e => e.Target.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Source.Key).ToHashSet());
        var hasLocus = vault.Graph.Edges.Where(h => h.Type == RelationshipType.HasLocus && noted.Contains(h.Source.Key));
        var correlations = vault.Graph.Edges.Where(c => c.Type == RelationshipType.CorrelatesWith);
        var traitGenes = hasLocus.Join(correlations, h => h.Target, c => c.Source, (h, c) => (Gene: h.Source.Key, Trait: c.Target.Key))
            .GroupBy(x => x.Trait).ToDictionary(g => g.Key, g => g.Select(x => x.Gene).ToHashSet());
        foreach (var family in results.GroupBy(r => (r.Trait.Key, r.Kind)))
        {
            var links = linksOf(family.Key.Kind.Link());
            var genes = traitGenes[family.Key.Item1];
            var expectedTerms = links.Where(l => l.Value.Overlaps(genes)).Select(l => l.Key).Order(StringComparer.Ordinal);
            Assert.Equal(expectedTerms, family.Select(r => r.Term.Key).Order(StringComparer.Ordinal));
            var members = family.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                var r = members[i];
                var term = links[r.Term.Key];
                Assert.Equal((term.Count(genes.Contains), genes.Count, term.Count, noted.Count), (r.Overlap, r.TraitGenes, r.TermGenes, r.BackgroundGenes));
                var exact = HypergeometricTailTests.Exact(r.Overlap, r.TraitGenes, r.TermGenes, r.BackgroundGenes);
                Assert.True(Math.Abs(r.P - exact) <= 1e-9 * exact, $"{r.Trait.Key} {r.Term.Key}: p {r.P:R}, exact {exact:R}");
                Assert.Equal(BenjaminiHochbergTests.ByDefinition(members.ConvertAll(m => m.P), i), r.Q, 1e-12);
            }
        }
    }
}
