using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using GeneGraph.Vault;

namespace GeneGraph.Cli.Commands;

/// <summary>
/// Options every command that reads a vault takes (recursive: given on the root, they reach every command): the
/// bounds of one run (<see cref="VaultLimits"/>) and <c>--verbose</c>.
/// </summary>
internal static class ReadingOptions
{
    public static Option<long> MaxNoteSize { get; } = new("--max-note-size")
    {
        Description = "A note larger than this is reported (GG001) and not read. Bytes, or with K, M or G (binary). Default: 64M.",
        DefaultValueFactory = _ => VaultLimits.DefaultMaxNoteBytes,
        CustomParser = ParseSize,
        Recursive = true,
    };

    public static Option<int> MaxNotes { get; } = new("--max-notes")
    {
        Description = "Read at most this many notes; past it the walk stops with GG004. Default: 1000000.",
        DefaultValueFactory = _ => VaultLimits.DefaultMaxNotes,
        Recursive = true,
    };

    public static Option<long> MaxTotalSize { get; } = new("--max-total-size")
    {
        Description = "Read at most this many bytes of notes; past it the walk stops with GG004. Bytes, or with K, M or G. Default: 4G.",
        DefaultValueFactory = _ => VaultLimits.DefaultMaxTotalBytes,
        CustomParser = ParseSize,
        Recursive = true,
    };

    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "List every warning (by default one line counts them by code; 'check' always lists them), and on an internal error (a bug, exit 70) print the stack trace too.",
        Recursive = true,
    };

    public static Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print errors only: no warnings, no summary of them, no 'wrote …' line.",
        Recursive = true,
    };

    public static IEnumerable<Option> All => [MaxNoteSize, MaxNotes, MaxTotalSize, Verbose, Quiet];

    public static VaultLimits Limits(ParseResult parse) =>
        new(parse.GetValue(MaxNoteSize), parse.GetValue(MaxNotes), parse.GetValue(MaxTotalSize));

    private static long ParseSize(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : "";
        var shift = text.Length > 0 ? char.ToUpperInvariant(text[^1]) switch { 'K' => 10, 'M' => 20, 'G' => 30, _ => 0 } : 0;
        var digits = shift > 0 ? text[..^1] : text;
        if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= long.MaxValue >> shift)
            return value << shift;
        result.AddError($"'{text}' is not a size (a positive number of bytes, or with K, M or G)");
        return 0;
    }
}
