using System.CommandLine;
using System.CommandLine.Parsing;
using Quickenshtein;

namespace GeneGraph.Cli.Commands;

/// <summary>
/// A value that must be one of a few names (a format, a question, a sign), refused in ONE line that names the
/// nearest valid one, and offered to shell completion. System.CommandLine's <c>AcceptOnlyFromAmong</c> lists every
/// name on a line of its own instead.
/// </summary>
internal static class Choices
{
    /// <summary>Accept only <paramref name="names"/> (compared as written) as the value of <paramref name="option"/>.</summary>
    public static Option<T> OneOf<T>(this Option<T> option, IReadOnlyList<string> names)
    {
        option.Validators.Add(result => Check(result, names, option.Name));
        option.CompletionSources.Add([.. names]);
        return option;
    }

    /// <summary>Accept only <paramref name="names"/> as the value of <paramref name="argument"/>.</summary>
    public static Argument<T> OneOf<T>(this Argument<T> argument, IReadOnlyList<string> names, string what)
    {
        argument.Validators.Add(result => Check(result, names, what));
        argument.CompletionSources.Add([.. names]);
        return argument;
    }

    /// <summary>
    /// <c>'pdf' is not a --format; did you mean 'cyjs'? (graphml, json, …)</c>, or without the guess when no name is
    /// close (an edit distance of at most a third of the word, and at least 2).
    /// </summary>
    public static string Refusal(string typed, IReadOnlyList<string> names, string what) =>
        Nearest(typed, names) is { } nearest
            ? $"'{typed}' is not {Article(what)}; did you mean '{nearest}'? ({string.Join(", ", names)})"
            : $"'{typed}' is not {Article(what)}; one of: {string.Join(", ", names)}";

    public static string? Nearest(string typed, IEnumerable<string> names)
    {
        var lower = typed.ToLowerInvariant();
        var best = names.Select(n => (Name: n, Distance: Levenshtein.GetDistance(lower, n.ToLowerInvariant())))
            .OrderBy(n => n.Distance).ThenBy(n => n.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, lower.Length / 3) ? best.Name : null;
    }

    private static string Article(string what) => (what.StartsWith('-') ? "a valid " : "a ") + what;

    private static void Check(SymbolResult result, IReadOnlyList<string> names, string what)
    {
        foreach (var token in result.Tokens)
            if (!names.Contains(token.Value, StringComparer.Ordinal))
            {
                result.AddError(Refusal(token.Value, names, what));
                return;
            }
    }
}
