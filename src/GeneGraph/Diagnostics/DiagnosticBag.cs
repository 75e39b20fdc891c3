namespace GeneGraph.Diagnostics;

/// <summary>Collects diagnostics from every stage; thread-safe so notes can be processed in parallel.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Report(string path, int line, DiagnosticCode code, string message) =>
        Add(new Diagnostic(path, line, code.DefaultSeverity, code, message));

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    /// <summary>Diagnostics in path, line, code order, so output is the same on every run.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Code.Id, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }

    public int Count { get { lock (_gate) return _items.Count; } }

    public bool HasErrors { get { lock (_gate) return _items.Any(d => d.Severity == Severity.Error); } }
}
