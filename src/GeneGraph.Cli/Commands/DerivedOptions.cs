using System.CommandLine;
using System.Globalization;
using GeneGraph.Enrichment;
using GeneGraph.Pipeline;

namespace GeneGraph.Cli.Commands;

/// <summary>
/// The options of enrichment and of the derived relationships: <c>--derived</c> on export, view and load, and the
/// thresholds and background shared with <c>query … enrichment</c>.
/// </summary>
internal sealed class DerivedOptions
{
    public Option<string[]> Derived { get; } = new("--derived")
    {
        Description = $"Also write derived relationships: {string.Join(", ", DerivedEdges.Names)} (comma-separated). " +
                      "enrichment: ENRICHED_IN, Trait → Pathway/Disease/GoTerm; gene-trait: CORRELATES_WITH_TRAIT, Gene → Trait. See docs/enrichment.md.",
        AllowMultipleArgumentsPerToken = true,
        Validators =
        {
            // checked as the command line is parsed, before the vault is read
            r =>
            {
                try
                {
                    DerivedEdges.Parse(r.Tokens.Select(t => t.Value));
                }
                catch (ArgumentException e)
                {
                    r.AddError(Neo4jTargetOptions.MessageOf(e));
                }
            },
        },
    };

    public Option<double> MinAbsR { get; } = Fraction(new Option<double>("--min-abs-r")
    {
        Description = "Only correlations with |r| at least this count: a partial export keeps only them and what they reach " +
                      "(docs/partial-exports.md); enrichment puts a gene in a trait's set only through them.",
        DefaultValueFactory = _ => 0.0,
    });

    public Option<string> Sign { get; } = Signs(new Option<string>("--sign")
    {
        Description = "Enrichment: the signs of r that put a gene in a trait's set: positive, negative or both.",
        DefaultValueFactory = _ => "both",
    });

    public Option<double> MaxQ { get; } = new("--max-q")
    {
        Description = "Enrichment: leave out tests with a larger Benjamini–Hochberg q (default 1: every test).",
        DefaultValueFactory = _ => 1.0,
    };

    public Option<FileInfo?> Universe { get; } = new("--universe")
    {
        Description = "Enrichment: the background, a file of gene symbols, Ensembl or NCBI Gene ids, one per line " +
                      "(default: the vault's gene notes). Ids no gene note matches are counted and reported.",
    };

    public Option<bool> AcrossTraits { get; } = new("--correct-across-traits")
    {
        Description = "Enrichment: Benjamini–Hochberg over the tests of every trait of a kind, not of one trait and kind.",
    };

    /// <summary>The enrichment options only (query adds <see cref="Derived"/> where it means something).</summary>
    public IEnumerable<Option> Thresholds => [MinAbsR, Sign, MaxQ, Universe, AcrossTraits];

    public IEnumerable<Option> All => [Derived, .. Thresholds];

    private static Option<string> Signs(Option<string> option) => option.OneOf(["positive", "negative", "both"]);

    /// <summary>A |r| threshold: a number from 0 to 1, refused as the command line is parsed.</summary>
    private static Option<double> Fraction(Option<double> option)
    {
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && double.TryParse(r.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && !(x is >= 0 and <= 1))
                r.AddError($"{option.Name} is a value of |r|, from 0 to 1, not {r.Tokens[0].Value}");
        });
        return option;
    }

    public EnrichmentOptions Options(ParseResult parse) =>
        new(new TraitGeneFilter(parse.GetValue(MinAbsR), TraitGeneFilter.ParseSign(parse.GetValue(Sign)!)), parse.GetValue(MaxQ), parse.GetValue(AcrossTraits));

    /// <summary>The background the options name, or null (after saying why on stderr) when the universe file cannot be read.</summary>
    public Background? ReadBackground(ParseResult parse, VaultGraphResult result)
    {
        if (parse.GetValue(Universe) is not { } file) return GeneGraph.Enrichment.Background.GeneNotes(result.Graph, result.GeneNoteKeys);
        try
        {
            var background = GeneGraph.Enrichment.Background.Universe(result.Graph, result.GeneNoteKeys, File.ReadLines(file.FullName), file.Name);
            if (background.Unmatched.Count > 0)
                Console.Error.WriteLine($"{file.Name}: {background.Unmatched.Count.ToString(CultureInfo.InvariantCulture)} id(s) matched no gene note " +
                                        $"and are not in the background: {string.Join(", ", background.Unmatched.Take(10))}" +
                                        (background.Unmatched.Count > 10 ? ", …" : ""));
            return background;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"genegraph: error: cannot read the universe file: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Adds what <c>--derived</c> asks for to the graph: 0, or the exit code after saying why on stderr (a bad
    /// value, an unreadable universe file).
    /// </summary>
    public int Add(ParseResult parse, VaultGraphResult result)
    {
        DerivedKinds kinds;
        try
        {
            kinds = DerivedEdges.Parse(parse.GetValue(Derived) ?? []);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"genegraph: error: {e.Message}");
            return ExitCodes.Usage;
        }
        if (kinds == DerivedKinds.None) return ExitCodes.Success;
        if (ReadBackground(parse, result) is not { } background) return ExitCodes.IoError;
        DerivedEdges.Add(result.Graph, kinds, background, Options(parse));
        return ExitCodes.Success;
    }
}
