using GeneGraph.Diagnostics;
using GeneGraph.Pipeline;

namespace GeneGraph.Cli.Commands;

/// <summary>A bug met while running a command: one line asking for a report (naming the note being read), exit 70.</summary>
internal static class InternalError
{
    public static int Report(Exception exception, bool verbose, TextWriter error)
    {
        var failed = Unwrap(exception);
        var where = failed is NoteFailedException note ? $" while reading '{note.NotePath}'" : "";
        var cause = failed is NoteFailedException { InnerException: { } inner } ? inner : failed;
        error.WriteLine(DiagnosticText.Escape(
            $"genegraph: internal error{where}: {cause.GetType().Name}: {cause.Message}. This is a bug in GeneGraph; please report it " +
            (where.Length > 0 ? "with that note" : "with the command") + (verbose ? "." : " (--verbose prints the stack trace).")));
        if (verbose) error.WriteLine(failed.ToString());
        return ExitCodes.InternalError;
    }

    /// <summary>The note's failure inside PLINQ's <see cref="AggregateException"/>, else the first real exception.</summary>
    private static Exception Unwrap(Exception exception)
    {
        if (exception is not AggregateException aggregate) return exception;
        var inner = aggregate.Flatten().InnerExceptions;
        return inner.OfType<NoteFailedException>().OrderBy(e => e.NotePath, StringComparer.Ordinal).FirstOrDefault() ?? inner.FirstOrDefault() ?? exception;
    }
}
