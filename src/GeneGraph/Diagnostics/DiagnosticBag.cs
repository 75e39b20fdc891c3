using System.Globalization;

namespace GeneGraph.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage; thread-safe so notes can be processed in parallel. At most
/// <see cref="PerNoteLimit"/> diagnostics of one code are kept for one note; the rest are counted and summed up
/// in one line after that note's diagnostics (<c>… and 1,999,900 more GG104 in x.md</c>).
/// </summary>
public sealed class DiagnosticBag(int perNoteLimit = DiagnosticBag.DefaultPerNoteLimit)
{
    public const int DefaultPerNoteLimit = 100;

    private readonly List<Diagnostic> _items = [];
    private readonly Dictionary<(string Path, DiagnosticCode Code), long> _perNote = [];
    private readonly Lock _gate = new();

    public int PerNoteLimit { get; } = perNoteLimit;

    public void Report(string path, int line, DiagnosticCode code, string message) =>
        Add(new Diagnostic(path, line, code.DefaultSeverity, code, message));

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            if (IsSummary(diagnostic))
            {
                // Another bag's summary line, copied over (watch merges each note's sorted diagnostics): kept as it is.
                _items.Add(diagnostic);
                return;
            }
            var key = (diagnostic.Path, diagnostic.Code);
            var seen = _perNote.GetValueOrDefault(key) + 1;
            _perNote[key] = seen;
            if (seen <= PerNoteLimit) _items.Add(diagnostic);
        }
    }

    /// <summary>
    /// Diagnostics in path, line, code order, so output is the same on every run; each note's summary lines of
    /// what was over the limit follow its own diagnostics.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            var kept = _items
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => IsSummary(d) ? int.MaxValue : d.Line)
                .ThenBy(d => d.Code.Id, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
            var over = _perNote.Where(p => p.Value > PerNoteLimit)
                .ToLookup(p => p.Key.Path, p => (p.Key.Code, More: p.Value - PerNoteLimit), StringComparer.Ordinal);
            if (over.Count == 0) return kept;

            var result = new List<Diagnostic>(kept.Count + over.Count);
            for (var i = 0; i < kept.Count; i++)
            {
                result.Add(kept[i]);
                var path = kept[i].Path;
                if (i + 1 < kept.Count && kept[i + 1].Path == path) continue;
                foreach (var (code, more) in over[path].OrderBy(o => o.Code.Id, StringComparer.Ordinal))
                    result.Add(new Diagnostic(path, 0, code.DefaultSeverity, code,
                        $"{SummaryStart}{more.ToString("N0", CultureInfo.InvariantCulture)} more {code.Id} in {path}"));
            }
            return result;
        }
    }

    private const string SummaryStart = "… and ";

    private static bool IsSummary(Diagnostic d) => d.Line == 0 && d.Message.StartsWith(SummaryStart, StringComparison.Ordinal) && d.Message.EndsWith(" in " + d.Path, StringComparison.Ordinal);

    /// <summary>Every diagnostic reported, including those over the per-note limit.</summary>
    public long Count { get { lock (_gate) return _perNote.Values.Sum(); } }

    /// <summary>How many diagnostics of <paramref name="severity"/> were reported, including those over the limit.</summary>
    public long CountOf(Severity severity)
    {
        lock (_gate) return _perNote.Where(p => p.Key.Code.DefaultSeverity == severity).Sum(p => p.Value);
    }

    /// <summary>
    /// How many diagnostics of each code were reported, including those over the per-note limit: most first, then
    /// by code (for the one-line summary of the warnings a command does not list).
    /// </summary>
    public IReadOnlyList<(DiagnosticCode Code, long Count)> CountsByCode()
    {
        lock (_gate)
            return _perNote.GroupBy(p => p.Key.Code)
                .Select(g => (g.Key, g.Sum(p => p.Value)))
                .OrderByDescending(c => c.Item2).ThenBy(c => c.Key.Id, StringComparer.Ordinal)
                .ToList();
    }

    public bool HasErrors { get { lock (_gate) return _items.Any(d => d.Severity == Severity.Error); } }
}
