namespace GeneGraph.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
