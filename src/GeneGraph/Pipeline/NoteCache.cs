using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GeneGraph.Diagnostics;
using GeneGraph.Extraction;

namespace GeneGraph.Pipeline;

/// <summary>
/// Each note's facts and diagnostics as extracted, kept on disk between runs (docs/note-cache.md), so that a run
/// parses only the notes whose text changed since the last one. One file per vault under the user's cache folder
/// (<see cref="DefaultDirectory"/>), never in the vault. An entry is used only for the same vault path and the same
/// SHA-256 of the note's text, and the whole file only if it was written by this very build of GeneGraph
/// (<see cref="BuildVersion"/>); a file that is unreadable or damaged, wholly or in part, costs only the parses of the
/// notes it fails to give. Written to a temporary file and renamed over the old one, so a reader, or a second run at
/// the same time, sees one whole file or the other. Thread-safe: <see cref="Extract"/> is called from every core.
/// </summary>
public sealed class NoteCache
{
    private const string Format = "genegraph-note-cache/1";

    private readonly string _vault;
    private readonly string _build;
    private readonly Dictionary<string, (string Hash, ReadOnlyMemory<byte> Entry)> _stored;
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<byte>> _used = new(StringComparer.Ordinal);
    private int _hits, _misses;

    /// <summary>The cache of the vault in <paramref name="vaultFolder"/>, in <paramref name="directory"/> (read now, written by <see cref="Save"/>).</summary>
    public static NoteCache Open(string vaultFolder, string directory) => new(vaultFolder, directory, BuildVersion);

    internal NoteCache(string vaultFolder, string directory, string build)
    {
        _vault = Path.TrimEndingDirectorySeparator(Path.GetFullPath(vaultFolder));
        _build = build;
        FilePath = Path.Combine(directory, $"notes-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_vault)))[..16]}.jsonl");
        _stored = Load();
    }

    /// <summary>The cache file of this vault.</summary>
    public string FilePath { get; }

    /// <summary>Notes whose facts came from the cache in this run.</summary>
    public int Hits => _hits;

    /// <summary>Notes parsed in this run (new, changed, or not in the cache).</summary>
    public int Misses => _misses;

    /// <summary>
    /// The folder of GeneGraph's caches: <c>$GENEGRAPH_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/genegraph</c>, else
    /// <c>~/.cache/genegraph</c> (on Windows the local application data folder's <c>genegraph/cache</c>).
    /// </summary>
    public static string DefaultDirectory()
    {
        if (Environment.GetEnvironmentVariable("GENEGRAPH_CACHE_DIR") is { Length: > 0 } own) return own;
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "genegraph", "cache");
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)) return Path.Combine(xdg, "genegraph");
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "genegraph");
    }

    /// <summary>This build of GeneGraph: the module version id, which changes with any change to the code (deterministic builds).</summary>
    internal static string BuildVersion { get; } = typeof(NoteCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// The note's facts, reporting its diagnostics into <paramref name="diagnostics"/>: from the cache when it holds this
    /// path with this text, else extracted (<see cref="VaultGraph.ExtractNote"/>) and kept for <see cref="Save"/>.
    /// </summary>
    public NoteFacts Extract(string path, string text, DiagnosticBag diagnostics)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        NoteCacheEntry? entry = null;
        if (_stored.TryGetValue(path, out var stored) && stored.Hash == hash)
        {
            entry = Parse(stored.Entry);
            if (entry is { Facts: not null } && entry.Path == path && entry.Hash == hash) _used[path] = stored.Entry;
            else entry = null;
        }
        if (entry is null)
        {
            var own = new DiagnosticBag(diagnostics.PerNoteLimit);
            var facts = VaultGraph.ExtractNote(path, text, own);
            entry = new NoteCacheEntry { Path = path, Hash = hash, Facts = NoteFactsData.Of(facts), Diagnostics = [.. own.Sorted()] };
            // Serialised now: the merge that follows changes the facts of promoted stubs, which depends on other notes.
            _used[path] = Sealed(JsonSerializer.SerializeToUtf8Bytes(entry, NoteCacheJson.Default.NoteCacheEntry));
            Interlocked.Increment(ref _misses);
        }
        else Interlocked.Increment(ref _hits);
        foreach (var d in entry.Diagnostics) diagnostics.Add(d);
        return entry.Facts!.ToFacts();
    }

    /// <summary>
    /// Writes the entries of this run's notes (notes gone from the vault drop out), when anything differs from the file
    /// read. Best effort: a cache that cannot be written leaves the run's results as they are.
    /// </summary>
    public void Save()
    {
        if (_misses == 0 && _used.Count == _stored.Count) return;
        var directory = Path.GetDirectoryName(FilePath)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(FilePath)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                JsonSerializer.Serialize(stream, new NoteCacheHeader { Format = Format, Build = _build, Vault = _vault }, NoteCacheJson.Default.NoteCacheHeader);
                foreach (var (_, entry) in _used.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    stream.WriteByte((byte)'\n');
                    stream.Write(entry.Span);
                }
                stream.WriteByte((byte)'\n');
            }
            File.Move(temporary, FilePath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Left behind: a stray temporary file, named as such.
            }
        }
    }

    /// <summary>The entries of the file, by path; none when it is missing, unreadable, of another build or vault.</summary>
    private Dictionary<string, (string, ReadOnlyMemory<byte>)> Load()
    {
        var entries = new Dictionary<string, (string, ReadOnlyMemory<byte>)>(StringComparer.Ordinal);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(FilePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return entries;
        }
        var lines = Lines(bytes).GetEnumerator();
        if (!lines.MoveNext()) return entries;
        try
        {
            var header = JsonSerializer.Deserialize(lines.Current.Span, NoteCacheJson.Default.NoteCacheHeader);
            if (header is null || header.Format != Format || header.Build != _build || header.Vault != _vault) return entries;
        }
        catch (JsonException)
        {
            return entries;
        }
        while (lines.MoveNext())
        {
            try
            {
                var tab = lines.Current.Span.LastIndexOf((byte)'\t');
                if (tab < 0) continue;
                if (JsonSerializer.Deserialize(lines.Current.Span[..tab], NoteCacheJson.Default.NoteCacheKey) is { Path: { } path, Hash: { } hash })
                    entries[path] = (hash, lines.Current);
            }
            catch (JsonException)
            {
                // A damaged line: its note is parsed again.
            }
        }
        return entries;
    }

    /// <summary>
    /// A line of the file: the entry's JSON, a tab (JSON never holds a raw one), and the first 64 bits of the SHA-256
    /// of the JSON in hex, so that a line damaged on disk is not taken for the facts it no longer is.
    /// </summary>
    private static byte[] Sealed(byte[] json)
    {
        var line = new byte[json.Length + 1 + CheckLength];
        json.CopyTo(line, 0);
        line[json.Length] = (byte)'\t';
        Encoding.ASCII.GetBytes(Check(json), line.AsSpan(json.Length + 1));
        return line;
    }

    private const int CheckLength = 16;

    private static string Check(ReadOnlySpan<byte> json) => Convert.ToHexStringLower(SHA256.HashData(json)[..(CheckLength / 2)]);

    private static NoteCacheEntry? Parse(ReadOnlyMemory<byte> line)
    {
        var span = line.Span;
        var tab = span.LastIndexOf((byte)'\t');
        if (tab < 0 || span.Length - tab - 1 != CheckLength || !Encoding.ASCII.GetString(span[(tab + 1)..]).Equals(Check(span[..tab]), StringComparison.Ordinal))
            return null;
        try
        {
            return JsonSerializer.Deserialize(span[..tab], NoteCacheJson.Default.NoteCacheEntry);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Lines(byte[] bytes)
    {
        var start = 0;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0) end = bytes.Length;
            if (end > start) yield return bytes.AsMemory(start, end - start);
            start = end + 1;
        }
    }
}
