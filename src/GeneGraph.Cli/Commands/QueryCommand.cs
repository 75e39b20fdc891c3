using System.CommandLine;
using GeneGraph.Cli.Output;
using GeneGraph.Queries;

namespace GeneGraph.Cli.Commands;

/// <summary><c>genegraph query &lt;vault&gt; &lt;question&gt;</c>: the Cypher pack's questions answered offline, no server.</summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var input = new VaultInput();
        var question = new Argument<string>("question")
        {
            Description = "The question: " + string.Join(", ", Questions.All.Select(q => q.Name())) + ".",
        };
        question.AcceptOnlyFromAmong([.. Questions.All.Select(q => q.Name())]);
        var trait = new Option<string?>("--trait", "-t") { Description = "A trait (as its heading reads, e.g. sPAP); omitted: every trait. The first trait of shared-pathways." };
        var traitB = new Option<string?>("--trait-b") { Description = "The second trait of shared-pathways." };
        var gene = new Option<string?>("--gene", "-g") { Description = "A gene symbol (gene-neighbourhood, papers-for-gene)." };
        var minAbsR = new Option<double>("--min-abs-r") { Description = "strongest-loci: the smallest |r| shown.", DefaultValueFactory = _ => 0.0 };
        var sign = new Option<string>("--sign") { Description = "strongest-loci: positive, negative or both.", DefaultValueFactory = _ => "both" };
        sign.AcceptOnlyFromAmong("positive", "negative", "both");
        var limit = new Option<long>("--limit") { Description = "strongest-loci: at most this many rows.", DefaultValueFactory = _ => 25 };
        var format = new Option<string>("--format", "-f") { Description = "table (default), csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(QueryTableWriter.Formats);

        var command = new Command("query", "Answer a question of the Cypher pack (cypher/queries) offline, on the vault's graph, with the same columns.")
        {
            input.Vault, question, trait, traitB, gene, minAbsR, sign, limit, format, input.Strict,
        };
        command.SetAction(parse =>
        {
            if (input.Read(parse) is not { } result) return ExitCodes.IoError;
            var exit = input.Report(parse, result);
            var parameters = new QuestionParameters
            {
                Trait = parse.GetValue(trait),
                TraitB = parse.GetValue(traitB),
                Gene = parse.GetValue(gene)?.Trim().ToUpperInvariant(),
                MinAbsR = parse.GetValue(minAbsR),
                Sign = parse.GetValue(sign) switch { "positive" => 1, "negative" => -1, _ => 0 },
                Limit = parse.GetValue(limit),
            };
            try
            {
                var answer = GraphQuestions.Answer(result.Graph, Questions.Parse(parse.GetValue(question)!)!.Value, parameters);
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
