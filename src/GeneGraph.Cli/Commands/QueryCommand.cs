using System.CommandLine;
using GeneGraph.Cli.Output;
using GeneGraph.Enrichment;
using GeneGraph.Graph;
using GeneGraph.Pipeline;
using GeneGraph.Queries;
using GeneGraph.Schema;

namespace GeneGraph.Cli.Commands;

/// <summary>
/// <c>genegraph query &lt;vault&gt; &lt;question&gt;</c>: the Cypher pack's questions answered offline, no server;
/// <c>enrichment</c>, the over-representation tests themselves (docs/enrichment.md); and <c>traits</c>, <c>genes</c>, …,
/// what can be asked about, with counts. The command line is checked before the vault is read; the names it gives
/// are checked against the vault's (<see cref="NameMatch"/>) before a question is answered.
/// </summary>
internal static class QueryCommand
{
    /// <summary>The question that is not a query of the pack: the tests, computed with the options given.</summary>
    private const string EnrichmentQuestion = "enrichment";

    private static readonly string[] QuestionNames =
        [.. Questions.All.Select(q => q.Name()), EnrichmentQuestion, .. Listings.All.Select(l => l.Name())];

    public static Command Create()
    {
        var input = new VaultInput();
        var question = new Argument<string>("question")
        {
            HelpName = "question",
            Description = "The question: " + string.Join(", ", Questions.All.Select(q => q.Name())) + "; " + EnrichmentQuestion +
                          "; or what can be asked about, with counts: " + string.Join(", ", Listings.All.Select(l => l.Name())) + ".",
        }.OneOf(QuestionNames, "question");
        var trait = new Option<string?>("--trait", "-t") { Description = "A trait, case, spaces, _, - and . ignored (sPAP, spap, pa_sys, pa sys); omitted: every trait. The first trait of shared-pathways." };
        var traitB = new Option<string?>("--trait-b") { Description = "The second trait of shared-pathways." };
        var gene = new Option<string?>("--gene", "-g") { Description = "A gene symbol in any case (gene-neighbourhood, papers-for-gene)." };
        var limit = new Option<long>("--limit") { Description = "strongest-loci: at most this many rows, strongest first.", DefaultValueFactory = _ => 25 };
        limit.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && long.TryParse(r.Tokens[0].Value, out var n) && n < 0) r.AddError($"--limit is a number of rows, 0 or more, not {n}");
        });
        var kind = new Option<string>("--kind") { Description = "enrichment: pathway, disease or goterm.", DefaultValueFactory = _ => "pathway" }
            .OneOf([.. TermKinds.All.Select(k => k.Name())]);
        var format = new Option<string>("--format", "-f") { Description = "table (default), csv or json.", DefaultValueFactory = _ => "table" }
            .OneOf(QueryTableWriter.Formats);
        var enrichment = new DerivedOptions();
        enrichment.MinAbsR.Description = "Walk only correlations with |r| at least this (0 to 1; every question that walks correlations). enrichment: the smallest |r| that puts a gene in a trait's set.";
        enrichment.Sign.Description = "Walk only correlations of this sign: positive, negative or both (every question that walks correlations but sign-conflicts).";
        enrichment.MaxQ.Description = "enrichment, traits-to-enriched-pathways: leave out tests with a larger Benjamini–Hochberg q (default 1).";

        var command = new Command("query", "Answer a question of the Cypher pack (cypher/queries) offline, on the vault's graph, with the same columns; test enrichment; or list what can be asked about.")
        {
            input.Vault, question, trait, traitB, gene, limit, kind, format, input.Strict,
        };
        foreach (var option in enrichment.Thresholds) command.Options.Add(option);
        var applies = new Applicability(trait, traitB, gene, limit, kind, enrichment);
        command.SetAction(parse =>
        {
            var name = parse.GetValue(question)!;
            if (applies.Refusal(parse, name) is { } refusal) return Usage(refusal);
            if (input.Read(parse) is not { } result) return ExitCodes.IoError;
            var exit = input.Report(parse, result);
            var options = enrichment.Options(parse);
            var parameters = new QuestionParameters
            {
                Trait = parse.GetValue(trait),
                TraitB = parse.GetValue(traitB),
                Gene = parse.GetValue(gene),
                MinAbsR = options.Filter.MinAbsR,
                Sign = options.Filter.Sign,
                Limit = parse.GetValue(limit),
                MaxQ = options.MaxQ,
            };
            var vault = parse.GetValue(input.Vault)!.ToString();
            var unknown = Unknown(result.Graph, NodeLabel.Trait, parameters.Trait, vault) ?? Unknown(result.Graph, NodeLabel.Trait, parameters.TraitB, vault)
                          ?? Unknown(result.Graph, NodeLabel.Gene, parameters.Gene, vault);
            if (unknown is not null) return Usage(unknown);

            QueryResultTable answer;
            if (Listings.Parse(name) is { } listing)
                answer = Listings.Answer(result.Graph, listing, parameters);
            else if (name == EnrichmentQuestion || Questions.Parse(name) == Question.TraitsToEnrichedPathways)
            {
                if (enrichment.ReadBackground(parse, result) is not { } background) return ExitCodes.IoError;
                if (!VaultInput.Quiet(parse))
                    Console.Error.WriteLine($"background: {background.Description}; a trait's genes: a locus with |r| >= " +
                                            $"{Values.NumberText.RoundTrip(options.Filter.MinAbsR)}, sign {options.Filter.SignName}; " +
                                            $"Benjamini-Hochberg q over {(options.AcrossTraits ? "every trait of the kind" : "one trait and kind")}");
                if (name == EnrichmentQuestion)
                    answer = Enrichment(result, background, options, TermKinds.Parse(parse.GetValue(kind)!)!.Value, parameters.Trait);
                else
                {
                    DerivedEdges.AddEnrichment(result.Graph, background, options with { MaxQ = 1.0 });
                    answer = GraphQuestions.Answer(result.Graph, Question.TraitsToEnrichedPathways, parameters);
                }
            }
            else
                answer = GraphQuestions.Answer(result.Graph, Questions.Parse(name)!.Value, parameters);
            QueryTableWriter.Write(answer, parse.GetValue(format)!, Console.Out);
            return exit;
        });
        return command;
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"genegraph: error: {message}");
        return ExitCodes.Usage;
    }

    /// <summary>The tests of one kind for the traits <paramref name="trait"/> names (every trait when null).</summary>
    private static QueryResultTable Enrichment(VaultGraphResult result, Background background, EnrichmentOptions options, TermKind kind, string? trait)
    {
        IEnumerable<string?> keys = trait is null ? [(string?)null] : NameMatch.Find(result.Graph, NodeLabel.Trait, trait).Select(t => (string?)t.Key);
        return EnrichmentQuestions.Enrichment(keys.SelectMany(k => OverRepresentation.Compute(result.Graph, background, options, [kind], k)));
    }

    /// <summary>
    /// <c>unknown trait 'spa'; known: sPAP, mPAP, …</c> (closest first) when <paramref name="name"/> names no node of the
    /// label; null when it names one, or is not given.
    /// </summary>
    private static string? Unknown(KnowledgeGraph graph, NodeLabel label, string? name, string vault)
    {
        if (name is null || NameMatch.Find(graph, label, name).Count > 0) return null;
        var what = label.ToString().ToLowerInvariant();
        var known = NameMatch.ClosestFirst(graph.NodesWithLabel(label).Select(n => n.Key), name);
        const int shown = 10;
        var list = known.Count == 0 ? $"the vault has no {what}s"
            : "known: " + string.Join(", ", known.Take(shown))
              + (known.Count > shown ? $", … ({known.Count} {what}s; 'genegraph query {vault} {what}s' lists them)" : "");
        return $"unknown {what} '{name}'; {list}";
    }
}
