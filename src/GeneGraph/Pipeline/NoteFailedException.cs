namespace GeneGraph.Pipeline;

/// <summary>
/// An exception that escaped the parsing or extraction of one note: a bug in GeneGraph, never bad input (bad input
/// is a diagnostic). It names the note, so the report of the bug can include it.
/// </summary>
public sealed class NoteFailedException(string notePath, Exception inner)
    : Exception($"while reading '{notePath}': {inner.GetType().Name}: {inner.Message}", inner)
{
    public string NotePath { get; } = notePath;

    /// <summary>
    /// The environment variable that makes the note it names fail as if GeneGraph had a bug there: the only way the
    /// tests can drive the internal-error path of the command (exit 70) through the process, as a user meets it.
    /// </summary>
    public const string InjectionVariable = "GENEGRAPH_TEST_FAIL_ON_NOTE";
}
