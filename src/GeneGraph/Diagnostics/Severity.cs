namespace GeneGraph.Diagnostics;

public enum Severity
{
    Warning,
    Error,

    /// <summary>Worth a look, not a problem in the notes: never fails <c>--strict</c>.</summary>
    Note,
}
