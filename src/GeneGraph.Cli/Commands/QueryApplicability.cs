using System.CommandLine;
using GeneGraph.Queries;

namespace GeneGraph.Cli.Commands;

/// <summary>
/// Which of <c>query</c>'s options each question needs and takes, checked before the vault is read: a missing
/// <c>--gene</c> or an option that means nothing to the question (<c>--sign</c> on sign-conflicts) is refused in one
/// line, never ignored in silence.
/// </summary>
internal sealed class Applicability(Option<string?> trait, Option<string?> traitB, Option<string?> gene, Option<long> limit, Option<string> kind, DerivedOptions enrichment)
{
    private const string EnrichmentQuestion = "enrichment";

    /// <summary>Why the command line cannot be answered, or null when it can.</summary>
    public string? Refusal(ParseResult parse, string name)
    {
        var question = Questions.Parse(name);
        var listing = Listings.Parse(name);
        var isEnrichment = name == EnrichmentQuestion;
        var asksGene = question is Question.GeneNeighbourhood or Question.PapersForGene;
        if (asksGene && parse.GetValue(gene) is null) return $"{name} needs --gene (e.g. --gene LIF)";
        if (question == Question.SharedPathways && (parse.GetValue(trait) is null || parse.GetValue(traitB) is null))
            return $"{name} needs --trait and --trait-b (e.g. --trait sPAP --trait-b mPAP)";

        var countsCorrelations = listing is Listing.Traits or Listing.Genes or Listing.Loci;
        var enrichmentOptions = isEnrichment || question == Question.TraitsToEnrichedPathways;
        (Option Option, bool Takes, string Why)[] table =
        [
            (trait, (question is not null && !asksGene) || isEnrichment, ""),
            (traitB, question == Question.SharedPathways, " (only shared-pathways takes a second trait)"),
            (gene, asksGene, ""),
            (limit, question == Question.StrongestLoci, ""),
            (kind, isEnrichment, ""),
            (enrichment.MinAbsR, (question is { } q && QuestionParameters.TakesMinAbsR(q)) || isEnrichment || countsCorrelations, " (it walks no correlation)"),
            (enrichment.Sign, (question is { } s && QuestionParameters.TakesSign(s)) || isEnrichment || countsCorrelations,
                question == Question.SignConflicts ? " (it compares the signs of a gene's correlations)" : " (it walks no correlation)"),
            (enrichment.MaxQ, enrichmentOptions, ""),
            (enrichment.Universe, enrichmentOptions, ""),
            (enrichment.AcrossTraits, enrichmentOptions, ""),
        ];
        foreach (var (option, takes, why) in table)
            if (!takes && parse.GetResult(option) is { Implicit: false })
                return $"{option.Name} does not apply to {name}{why}";
        return null;
    }
}
