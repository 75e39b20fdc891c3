using System.CommandLine;
using GeneGraph.Cli.Output;
using GeneGraph.Enrichment;
using GeneGraph.Queries;

namespace GeneGraph.Cli.Commands;

/// <summary>
/// <c>genegraph query &lt;vault&gt; &lt;question&gt;</c>: the Cypher pack's questions answered offline, no server, and
/// <c>enrichment</c>, the over-representation tests themselves (docs/enrichment.md).
/// </summary>
internal static class QueryCommand
{
    /// <summary>The question that is not a query of the pack: the tests, computed with the options given.</summary>
    private const string EnrichmentQuestion = "enrichment";

    public static Command Create()
    {
        var input = new VaultInput();
        string[] names = [.. Questions.All.Select(q => q.Name()), EnrichmentQuestion];
        var question = new Argument<string>("question") { Description = "The question: " + string.Join(", ", names) + "." };
        question.AcceptOnlyFromAmong(names);
        var trait = new Option<string?>("--trait", "-t") { Description = "A trait (as its heading reads, e.g. sPAP); omitted: every trait. The first trait of shared-pathways." };
        var traitB = new Option<string?>("--trait-b") { Description = "The second trait of shared-pathways." };
        var gene = new Option<string?>("--gene", "-g") { Description = "A gene symbol (gene-neighbourhood, papers-for-gene)." };
        var limit = new Option<long>("--limit") { Description = "strongest-loci: at most this many rows.", DefaultValueFactory = _ => 25 };
        var kind = new Option<string>("--kind") { Description = "enrichment: pathway, disease or goterm.", DefaultValueFactory = _ => "pathway" };
        kind.AcceptOnlyFromAmong([.. TermKinds.All.Select(k => k.Name())]);
        var format = new Option<string>("--format", "-f") { Description = "table (default), csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(QueryTableWriter.Formats);
        var enrichment = new DerivedOptions();
        enrichment.MinAbsR.Description = "strongest-loci: the smallest |r| shown; enrichment: the smallest |r| that puts a gene in a trait's set.";
        enrichment.Sign.Description = "strongest-loci, enrichment: positive, negative or both.";
        enrichment.MaxQ.Description = "enrichment, traits-to-enriched-pathways: leave out tests with a larger Benjamini–Hochberg q (default 1).";

        var command = new Command("query", "Answer a question of the Cypher pack (cypher/queries) offline, on the vault's graph, with the same columns; or test enrichment.")
        {
            input.Vault, question, trait, traitB, gene, limit, kind, format, input.Strict,
        };
        foreach (var option in enrichment.Thresholds) command.Options.Add(option);
        command.SetAction(parse =>
        {
            if (input.Read(parse) is not { } result) return ExitCodes.IoError;
            var exit = input.Report(parse, result);
            var name = parse.GetValue(question)!;
            var options = enrichment.Options(parse);
            var parameters = new QuestionParameters
            {
                Trait = parse.GetValue(trait),
                TraitB = parse.GetValue(traitB),
                Gene = parse.GetValue(gene)?.Trim().ToUpperInvariant(),
                MinAbsR = options.Filter.MinAbsR,
                Sign = options.Filter.Sign,
                Limit = parse.GetValue(limit),
                MaxQ = options.MaxQ,
            };
            try
            {
                QueryResultTable answer;
                if (name == EnrichmentQuestion || Questions.Parse(name) == Question.TraitsToEnrichedPathways)
                {
                    if (enrichment.ReadBackground(parse, result) is not { } background) return ExitCodes.IoError;
                    Console.Error.WriteLine($"background: {background.Description}; a trait's genes: a locus with |r| >= " +
                                            $"{Values.NumberText.RoundTrip(options.Filter.MinAbsR)}, sign {options.Filter.SignName}; " +
                                            $"Benjamini-Hochberg q over {(options.AcrossTraits ? "every trait of the kind" : "one trait and kind")}");
                    if (name == EnrichmentQuestion)
                    {
                        var kinds = new[] { TermKinds.Parse(parse.GetValue(kind)!)!.Value };
                        answer = EnrichmentQuestions.Enrichment(OverRepresentation.Compute(result.Graph, background, options, kinds, parameters.Trait));
                        QueryTableWriter.Write(answer, parse.GetValue(format)!, Console.Out);
                        return exit;
                    }
                    DerivedEdges.AddEnrichment(result.Graph, background, options with { MaxQ = 1.0 });
                }
                answer = GraphQuestions.Answer(result.Graph, Questions.Parse(name)!.Value, parameters);
                QueryTableWriter.Write(answer, parse.GetValue(format)!, Console.Out);
                return exit;
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"genegraph: error: {e.Message} (see 'genegraph query --help')");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
