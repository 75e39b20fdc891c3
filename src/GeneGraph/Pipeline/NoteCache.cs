using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using GeneGraph.Diagnostics;
using GeneGraph.Extraction;
using GeneGraph.Vault;

namespace GeneGraph.Pipeline;

/// <summary>
/// Each note's facts and diagnostics as extracted, kept on disk between runs (docs/note-cache.md), so that a run
/// parses only the notes that changed since the last one and does not even read those whose file was not written
/// since (same size, times and inode as when their text was last read, and not written within
/// <see cref="RacyWindowNs"/> of that read). One file per vault under the user's cache folder
/// (<see cref="DefaultDirectory"/>), never in the vault. An entry is used only for the same vault path and the same
/// XxHash128 of the note's bytes (or an unchanged stamp), and the whole file only if it was written by this very build
/// of GeneGraph (<see cref="BuildVersion"/>); a file that is unreadable or damaged, wholly or in part, costs only
/// the parses of the notes it fails to give. Written to a temporary file and renamed over the old one, so a reader,
/// or a second run at the same time, sees one whole file or the other. Thread-safe: <see cref="Extract"/> is called
/// from every core.
/// </summary>
public sealed class NoteCache
{
    private static ReadOnlySpan<byte> Magic => "GGNC"u8;
    private const int Format = 3;
    private const int HashLength = 16, CheckLength = 8;

    /// <summary>
    /// A note written this close to (or after) the moment its text was read may be written again with the same stamp,
    /// on a file system whose clock ticks coarsely (FAT: 2 s), so its stamp alone is not trusted.
    /// </summary>
    internal const long RacyWindowNs = 2_000_000_000;

    private readonly string _vault;
    private readonly string _build;
    private readonly long _startedNs;
    private readonly Task<Dictionary<string, Entry>> _loading;
    private readonly ConcurrentDictionary<string, Entry> _used;
    private readonly SharedStrings _strings = new();
    private int _hits, _misses, _unread, _restamped;

    /// <summary>The cache of the vault in <paramref name="vaultFolder"/>, in <paramref name="directory"/> (read now, written by <see cref="Save"/>).</summary>
    public static NoteCache Open(string vaultFolder, string directory) => new(vaultFolder, directory, BuildVersion);

    /// <param name="startedNs">The time this run starts reading notes (ns since the epoch, UTC); tests move it.</param>
    internal NoteCache(string vaultFolder, string directory, string build, long? startedNs = null)
    {
        _startedNs = startedNs ?? (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
        _vault = Path.TrimEndingDirectorySeparator(Path.GetFullPath(vaultFolder));
        _build = build;
        FilePath = FileOf(vaultFolder, directory);
        // Read while the vault is listed; sized up front (an entry takes 1-3 KB), since growing takes every lock of the
        // dictionary, which the cores extracting notes then wait for.
        _loading = Task.Run(Load);
        var bytes = File.Exists(FilePath) ? new FileInfo(FilePath).Length : 0;
        _used = new ConcurrentDictionary<string, Entry>(Environment.ProcessorCount, (int)Math.Min(bytes / 1024, 1 << 22) + 64, StringComparer.Ordinal);
    }

    /// <summary>The cache file of this vault.</summary>
    public string FilePath { get; }

    /// <summary>The cache file of the vault in <paramref name="vaultFolder"/>, in <paramref name="directory"/>.</summary>
    public static string FileOf(string vaultFolder, string directory)
    {
        var vault = Path.TrimEndingDirectorySeparator(Path.GetFullPath(vaultFolder));
        return Path.Combine(directory, $"notes-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(vault)))[..16]}.cache");
    }

    /// <summary>Notes whose facts came from the cache in this run.</summary>
    public int Hits => _hits;

    /// <summary>Of the <see cref="Hits"/>, the notes not even read: their stamp was the one stored.</summary>
    public int Unread => _unread;

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
    /// The note's facts, reporting its diagnostics into <paramref name="diagnostics"/>: from the cache when its stamp
    /// or, once read, its text is the one stored, else read and extracted (<see cref="VaultGraph.ExtractNote"/>) and
    /// kept for <see cref="Save"/>. Null when the note cannot be read (reported, as <see cref="VaultReader.Read"/> does).
    /// </summary>
    public NoteFacts? Extract(FoundNote note, DiagnosticBag diagnostics, long maxNoteBytes = VaultLimits.DefaultMaxNoteBytes)
    {
        if (_loading.Result.TryGetValue(note.Path, out var stored) && note.Stamp is { } stamp && stored.Stamp == stamp
            && stored.ReadNs - Math.Max(stamp.ModifiedNs, stamp.ChangedNs) > RacyWindowNs
            && Decode(stored.Body) is { } unread)
        {
            _used[note.Path] = stored;
            Interlocked.Increment(ref _unread);
            return Hit(unread, diagnostics);
        }
        var own = new DiagnosticBag(diagnostics.PerNoteLimit);
        if (VaultReader.ReadBytes(note.Path, note.FullPath, own, maxNoteBytes) is not { } bytes)
        {
            foreach (var d in own.Sorted()) diagnostics.Add(d);
            return null;
        }
        // The bytes, not the text, are compared: a note read again but not changed is not even decoded.
        var hash = XxHash128.Hash(bytes);
        if (stored is not null && stored.Hash.AsSpan().SequenceEqual(hash) && Decode(stored.Body) is { } same)
        {
            _used[note.Path] = stored with { Stamp = note.Stamp, ReadNs = _startedNs, Frame = default };
            Interlocked.Increment(ref _restamped);
            return Hit(same, diagnostics);
        }
        var facts = VaultGraph.ExtractNote(note.Path, VaultReader.Decode(note.Path, bytes, own), own, _strings);
        var sorted = own.Sorted();
        // Encoded now: the merge that follows changes the facts of promoted stubs, which depends on other notes.
        _used[note.Path] = new Entry(note.Path, note.Stamp, _startedNs, hash, Encode(facts, sorted));
        Interlocked.Increment(ref _misses);
        foreach (var d in sorted) diagnostics.Add(d);
        return facts;
    }

    private NoteFacts Hit((NoteFacts Facts, List<Diagnostic> Diagnostics) entry, DiagnosticBag diagnostics)
    {
        Interlocked.Increment(ref _hits);
        foreach (var d in entry.Diagnostics) diagnostics.Add(d);
        return entry.Facts;
    }

    /// <summary>
    /// Writes the entries of this run's notes (notes gone from the vault drop out), when anything differs from the file
    /// read. Best effort: a cache that cannot be written leaves the run's results as they are.
    /// </summary>
    public void Save()
    {
        if (_misses == 0 && _restamped == 0 && _used.Count == _loading.Result.Count) return;
        var directory = Path.GetDirectoryName(FilePath)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(FilePath)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(Format);
                writer.Write(_build);
                writer.Write(_vault);
                foreach (var (_, entry) in _used.OrderBy(p => p.Key, StringComparer.Ordinal)) WriteFrame(writer, entry);
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

    /// <summary>One note as stored: where its facts came from, and their encoding (<see cref="NoteFactsCodec"/>).</summary>
    /// <param name="ReadNs">When the run that last read the note's text started.</param>
    private sealed record Entry(string Path, NoteStamp? Stamp, long ReadNs, byte[] Hash, ReadOnlyMemory<byte> Body)
    {
        /// <summary>The entry's whole frame as read from the file, written back as it is; empty for an entry of this run.</summary>
        public ReadOnlyMemory<byte> Frame { get; init; }
    }

    private static byte[] Encode(NoteFacts facts, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true)) NoteFactsCodec.Write(writer, facts, diagnostics);
        return buffer.ToArray();
    }

    /// <summary>The entry's facts, their repeated strings shared as a parse shares them (<see cref="SharedStrings"/>).</summary>
    private (NoteFacts, List<Diagnostic>)? Decode(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var reader = new BinaryReader(AsStream(body), Encoding.UTF8);
            var decoded = NoteFactsCodec.Read(reader, _strings);
            return reader.BaseStream.Position == body.Length ? decoded : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or InvalidDataException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// A frame: the payload's length; the payload (path, stamp, read time, text hash, then the encoded facts to its
    /// end); the payload's XxHash3 (64 bits), so that a frame damaged on disk is not taken for the facts it no longer is.
    /// </summary>
    private static void WriteFrame(BinaryWriter writer, Entry entry)
    {
        if (!entry.Frame.IsEmpty)
        {
            writer.Write(entry.Frame.Span);
            return;
        }
        using var payload = new MemoryStream(entry.Body.Length + 128);
        using (var head = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            head.Write(entry.Path);
            head.Write(entry.Stamp is not null);
            if (entry.Stamp is { } s)
            {
                head.Write(s.Size);
                head.Write(s.ModifiedNs);
                head.Write(s.ChangedNs);
                head.Write(s.Inode);
            }
            head.Write(entry.ReadNs);
            head.Write(entry.Hash);
            head.Write(entry.Body.Span);
        }
        var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        writer.Write(bytes.Length);
        writer.Write(bytes);
        writer.Write(XxHash3.Hash(bytes));
    }

    /// <summary>The entries of the file, by path; none when it is missing, unreadable, of another format, build or vault.</summary>
    private Dictionary<string, Entry> Load()
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(FilePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return entries;
        }
        var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Format
                || reader.ReadString() != _build || reader.ReadString() != _vault)
                return entries;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException)
        {
            return entries;
        }
        var at = (int)reader.BaseStream.Position;
        while (bytes.Length - at >= sizeof(int))
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
            if (length <= 0 || length > bytes.Length - at - sizeof(int) - CheckLength) break; // cut short or damaged: the rest is parsed again
            var frame = bytes.AsMemory(at, sizeof(int) + length + CheckLength);
            var payload = bytes.AsMemory(at + sizeof(int), length);
            var check = bytes.AsSpan(at + sizeof(int) + length, CheckLength);
            at += frame.Length;
            if (!XxHash3.Hash(payload.Span).AsSpan().SequenceEqual(check)) continue;
            if (ReadHead(payload) is { } entry) entries[entry.Path] = entry with { Frame = frame };
        }
        return entries;
    }

    private static Entry? ReadHead(ReadOnlyMemory<byte> payload)
    {
        try
        {
            using var reader = new BinaryReader(AsStream(payload), Encoding.UTF8);
            var path = reader.ReadString();
            NoteStamp? stamp = reader.ReadBoolean() ? new NoteStamp(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64()) : null;
            var readNs = reader.ReadInt64();
            var hash = reader.ReadBytes(HashLength);
            if (hash.Length != HashLength) return null;
            return new Entry(path, stamp, readNs, hash, payload[(int)reader.BaseStream.Position..]);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException)
        {
            return null;
        }
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false, publiclyVisible: true)
            : new MemoryStream(memory.ToArray(), writable: false);
}
