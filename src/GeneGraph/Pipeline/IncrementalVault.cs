using System.Security.Cryptography;
using System.Text;
using GeneGraph.Diagnostics;
using GeneGraph.Extraction;
using GeneGraph.Vault;

namespace GeneGraph.Pipeline;

/// <summary>
/// A vault kept in memory between updates: each note's facts are cached by path with the hash of its text, so an
/// update reads only the notes it is told changed (and notes new to it), parses only those whose text changed, and
/// rebuilds the graph from the cached facts through <see cref="VaultGraph.Merge"/>, the same merge a fresh build runs.
/// Every listing and read keeps to <paramref name="limits"/> (default <see cref="VaultLimits.Default"/>), as a fresh build does.
/// Not thread-safe: one caller updates it at a time.
/// </summary>
public sealed class IncrementalVault(string vaultFolder, VaultLimits? limits = null)
{
    private readonly string _root = Path.GetFullPath(vaultFolder);
    private readonly VaultLimits _limits = limits ?? VaultLimits.Default;
    private Dictionary<string, CachedNote> _notes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _waiting = new(StringComparer.Ordinal);

    /// <summary>The vault folder, full path.</summary>
    public string Root => _root;

    /// <summary>Called with a note's vault path just before it is read (tests use it to change the file at that moment).</summary>
    internal Action<string>? BeforeRead { get; set; }

    /// <summary>
    /// Brings the vault up to date and builds its graph. <paramref name="changed"/> holds vault paths of notes or
    /// folders that changed (a folder marks every note below it); null re-reads every note. Notes added or removed
    /// are found by listing the vault. A note that is not valid UTF-8 is taken as a note being written: its previous
    /// version stays and it is listed in <see cref="VaultUpdate.Waiting"/>, unless <paramref name="acceptUndecodable"/>,
    /// which reads it as a fresh build does (invalid bytes as U+FFFD, reported).
    /// </summary>
    public VaultUpdate Update(IReadOnlyCollection<string>? changed, bool acceptUndecodable = false)
    {
        var listing = new DiagnosticBag();
        var found = VaultReader.FindNotes(_root, listing, _limits);
        var toRead = found.Where(f => changed is null || !_notes.ContainsKey(f.Path) || _waiting.Contains(f.Path) || IsBelowAny(f.Path, changed)).ToList();
        var reads = toRead.AsParallel().Select(f => Read(f.Path, f.FullPath, acceptUndecodable)).ToDictionary(r => r.Path, StringComparer.Ordinal);

        var next = new Dictionary<string, CachedNote>(StringComparer.Ordinal);
        List<string> added = [], changedNotes = [], removed = [];
        _waiting.Clear();
        foreach (var path in found.Select(f => f.Path))
        {
            _notes.TryGetValue(path, out var old);
            if (!reads.TryGetValue(path, out var read))
            {
                next[path] = old!;
                continue;
            }
            if (read.Vanished) continue;
            if (read.Undecodable)
            {
                _waiting.Add(path);
                if (old is not null) next[path] = old;
                continue;
            }
            if (old is not null && old.Hash.AsSpan().SequenceEqual(read.Note!.Hash))
            {
                next[path] = old;
                continue;
            }
            next[path] = read.Note!;
            (old is null ? added : changedNotes).Add(path);
        }
        removed.AddRange(_notes.Keys.Where(p => !next.ContainsKey(p)).Order(StringComparer.Ordinal));
        _notes = next;

        var diagnostics = new DiagnosticBag();
        foreach (var d in listing.Sorted()) diagnostics.Add(d);
        var facts = new List<NoteFacts>(next.Count);
        foreach (var path in found.Select(f => f.Path))
        {
            if (!next.TryGetValue(path, out var note)) continue;
            foreach (var d in note.Diagnostics) diagnostics.Add(d);
            if (note.Facts is not { } f) continue;
            f.Symbol = note.ExtractedSymbol; // undo the promotion of the previous merge: it depends on the folder's other notes
            facts.Add(f);
        }
        var result = VaultGraph.Merge(facts, diagnostics);
        return new VaultUpdate(result, added, changedNotes, removed, [.. _waiting.Order(StringComparer.Ordinal)], toRead.Count);
    }

    private static bool IsBelowAny(string path, IReadOnlyCollection<string> changed) =>
        changed.Any(c => c.Length == 0 || path == c || (path.Length > c.Length && path[c.Length] == '/' && path.StartsWith(c, StringComparison.Ordinal)));

    private ReadResult Read(string path, string fullPath, bool acceptUndecodable)
    {
        BeforeRead?.Invoke(path);
        var diagnostics = new DiagnosticBag();
        var file = VaultReader.Read(path, fullPath, diagnostics, _limits.MaxNoteBytes);
        if (file is null)
        {
            // Deleted between the listing and the read: the note is gone, not unreadable.
            if (!File.Exists(fullPath)) return new ReadResult(path, null, Vanished: true, Undecodable: false);
            return new ReadResult(path, new CachedNote(null, null, [], diagnostics.Sorted()), false, false);
        }
        var sorted = diagnostics.Sorted();
        if (!acceptUndecodable && sorted.Any(d => d.Code == DiagnosticCode.InvalidUtf8))
            return new ReadResult(path, null, Vanished: false, Undecodable: true);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(file.Text));
        var facts = VaultGraph.ExtractNote(path, file.Text, diagnostics);
        return new ReadResult(path, new CachedNote(facts, facts.Symbol, hash, diagnostics.Sorted()), false, false);
    }

    private sealed record ReadResult(string Path, CachedNote? Note, bool Vanished, bool Undecodable);

    /// <summary>
    /// A note as last read: its facts as extracted (before promotion), the hash of its text, its diagnostics. A note
    /// that could not be read has no facts, only its diagnostic, as in a fresh build.
    /// </summary>
    private sealed record CachedNote(NoteFacts? Facts, Located<string>? ExtractedSymbol, byte[] Hash, IReadOnlyList<Diagnostic> Diagnostics);
}
