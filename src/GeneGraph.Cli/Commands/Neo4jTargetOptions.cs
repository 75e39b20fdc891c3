using System.CommandLine;
using System.Globalization;
using GeneGraph.Bolt;
using GeneGraph.Neo4j.Loading;
using GeneGraph.Pipeline;

namespace GeneGraph.Cli.Commands;

/// <summary>
/// The options that name a Neo4j server and how a vault's graph is loaded into it, the same for <c>load</c> and for
/// <c>watch</c>'s load target, with the steps that turn them into a driver and the loader's options.
/// </summary>
internal sealed class Neo4jTargetOptions
{
    public const string PasswordVariable = "NEO4J_PASSWORD";

    /// <param name="uriDescription">What <c>--uri</c> means for the command.</param>
    /// <param name="defaultUri">The server when <c>--uri</c> is left out; null: no server then.</param>
    public Neo4jTargetOptions(string uriDescription, string? defaultUri)
    {
        Uri = new Option<string?>("--uri") { Description = uriDescription };
        if (defaultUri is not null) Uri.DefaultValueFactory = _ => defaultUri;
        // checked as the command line is parsed, before the vault is read
        Uri.Validators.Add(r =>
        {
            if (r.Tokens.Count != 1) return;
            try
            {
                BoltUri.Parse(r.Tokens[0].Value);
            }
            catch (ArgumentException e)
            {
                r.AddError($"--uri: {MessageOf(e)}");
            }
        });
    }

    public Option<string?> Uri { get; }

    public Option<string> User { get; } = new("--user", "-u") { Description = "The user name.", DefaultValueFactory = _ => "neo4j" };

    public Option<string?> Password { get; } = new("--password", "-p")
    {
        Description = $"The password; better given in the environment variable {PasswordVariable}. Never printed.",
    };

    public Option<string?> Database { get; } = new("--database", "-d") { Description = "The database (Neo4j 4.0+); the server's default when omitted." };

    public Option<int> BatchSize { get; } = AtLeastOne(new Option<int>("--batch-size")
    {
        Description = "Rows per transaction.",
        DefaultValueFactory = _ => new LoadOptions().BatchSize,
    });

    public Option<int> Concurrency { get; } = AtLeastOne(new Option<int>("--concurrency")
    {
        Description = "How many labels (then relationship types) load at once, on separate connections; never two " +
                      "that touch the same label. 1: one batch at a time.",
        DefaultValueFactory = _ => new LoadOptions().Concurrency,
    });

    public Option<double?> Timeout { get; } = PositiveSeconds(new Option<double?>("--timeout")
    {
        Description = "Give up after this many seconds: connecting, waiting for any answer, and retrying a failed batch " +
                      "(default: 30 s to connect and to retry, no limit on an answer).",
    });

    public Option<string?> Graph { get; } = new("--graph")
    {
        Description = "The name GeneGraph marks this vault's elements with (default: the vault folder's name); one graph per vault.",
    };

    public Option<bool> NoPrune { get; } = new("--no-prune") { Description = "Add and update only: keep what the vault no longer yields." };

    /// <summary>Added by <c>load</c>: compare with what the database holds, read back, even when the record of the last load is current.</summary>
    public Option<bool> FullCompare { get; } = new("--full-compare")
    {
        Description = "Compare the vault with every element read back from the database, not with this machine's record of the last load (docs/sync.md).",
    };

    /// <summary>The user and the password (from <c>--password</c>, else <see cref="PasswordVariable"/>).</summary>
    public AuthToken Auth(ParseResult parse) =>
        AuthToken.Basic(parse.GetValue(User)!, parse.GetValue(Password) ?? Environment.GetEnvironmentVariable(PasswordVariable) ?? "");

    /// <summary><c>--timeout</c> bounds the connect, every wait for an answer, and the retries of a batch.</summary>
    public BoltDriverOptions Driver(ParseResult parse)
    {
        if (parse.GetValue(Timeout) is not { } seconds) return BoltDriverOptions.Default;
        var limit = TimeSpan.FromSeconds(seconds);
        return BoltDriverOptions.Default with { ConnectTimeout = limit, ReadTimeout = limit, MaxTransactionRetryTime = limit };
    }

    /// <summary>How the vault in <paramref name="vaultFolder"/> is loaded: its graph name, pruning, database and batches.</summary>
    public LoadOptions Load(ParseResult parse, string vaultFolder)
    {
        var vault = LoadOptions.ForVault(vaultFolder);
        return vault with
        {
            Graph = parse.GetValue(Graph) ?? vault.Graph,
            Prune = !parse.GetValue(NoPrune),
            Database = parse.GetValue(Database),
            BatchSize = parse.GetValue(BatchSize),
            Concurrency = parse.GetValue(Concurrency),
            SnapshotDirectory = NoteCache.DefaultDirectory(),
            ReadBack = parse.CommandResult.Command.Options.Contains(FullCompare) && parse.GetValue(FullCompare),
        };
    }

    /// <summary>An exception's message without .NET's " (Parameter 'text')", which names a variable of ours, not the user's option.</summary>
    public static string MessageOf(Exception e) =>
        e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;

    // The validators read the token: a value that does not parse gets System.CommandLine's own error (GetValue would throw).
    private static Option<int> AtLeastOne(Option<int> option)
    {
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n < 1)
                r.AddError($"{option.Name} must be at least 1");
        });
        return option;
    }

    private static Option<double?> PositiveSeconds(Option<double?> option)
    {
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && double.TryParse(r.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) &&
                !(s > 0 && s <= int.MaxValue / 1000))
                r.AddError($"{option.Name} must be a positive number of seconds");
        });
        return option;
    }
}
