using System.Globalization;
using System.Text;
using System.Text.Unicode;
using GeneGraph.Diagnostics;

namespace GeneGraph.Vault;

/// <summary>
/// Finds every <c>*.md</c> note under a vault folder (<see cref="VaultWalker"/>: hidden folders and files such as
/// <c>.obsidian</c>, <c>.trash</c>, <c>.git</c> skipped, every folder read once) and reads them as UTF-8 (BOM
/// optional). A note's size is checked before it is read; a note or folder that cannot be read is reported
/// (GG001) and the others are read on.
/// </summary>
public static class VaultReader
{
    /// <summary>The notes, by vault-relative path in ordinal order.</summary>
    public static IReadOnlyList<FoundNote> FindNotes(string vaultFolder, DiagnosticBag diagnostics, VaultLimits? limits = null)
    {
        var root = Path.GetFullPath(vaultFolder);
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"vault folder '{vaultFolder}' does not exist");
        var notes = new VaultWalker(root, limits ?? VaultLimits.Default, diagnostics).Walk();
        notes.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return notes;
    }

    /// <summary>
    /// The note at <paramref name="fullPath"/>, named <paramref name="path"/>; null (reported) when it cannot be
    /// read or is larger than <paramref name="maxBytes"/>. Reading takes the note's bytes once and its text once
    /// (about three times its size), never more.
    /// </summary>
    public static VaultFile? Read(string path, string fullPath, DiagnosticBag diagnostics, long maxBytes = VaultLimits.DefaultMaxNoteBytes) =>
        ReadBytes(path, fullPath, diagnostics, maxBytes) is { } bytes ? new VaultFile(path, Decode(path, bytes, diagnostics)) : null;

    /// <summary>
    /// The note's bytes as <see cref="Read"/> reads them, before they are decoded; null (reported) when it cannot be read.
    /// </summary>
    public static ArraySegment<byte>? ReadBytes(string path, string fullPath, DiagnosticBag diagnostics, long maxBytes = VaultLimits.DefaultMaxNoteBytes)
    {
        try
        {
            if (FileStatus.Of(fullPath) is { IsSpecial: true })
            {
                // Opening a FIFO blocks until a writer comes, and a device may never end: neither is a note.
                diagnostics.Report(path, 0, DiagnosticCode.UnreadableFile, "cannot read the note: it is not a regular file (a FIFO, socket or device)");
                return null;
            }
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            var length = stream.Length;
            if (length > maxBytes)
            {
                diagnostics.Report(path, 0, DiagnosticCode.UnreadableFile,
                    $"the note is too large: {Size(length)}, more than the limit of {Size(maxBytes)} (--max-note-size); it is not read");
                return null;
            }
            var bytes = GC.AllocateUninitializedArray<byte>((int)length);
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false); // a note cut short meanwhile is read as it is
            return new ArraySegment<byte>(bytes, 0, read);
        }
        catch (Exception e)
        {
            diagnostics.Report(path, 0, DiagnosticCode.UnreadableFile, $"cannot read the note: {e.Message}");
            return null;
        }
    }

    /// <summary>The text of a note's bytes: UTF-8, BOM optional; invalid bytes are reported and read as U+FFFD.</summary>
    public static string Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        var body = bytes;
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) body = body[3..];
        if (!Utf8.IsValid(body))
            diagnostics.Report(path, LineOf(body, FirstInvalidByte(body)), DiagnosticCode.InvalidUtf8,
                "the note is not valid UTF-8; invalid bytes are read as U+FFFD");
        return Encoding.UTF8.GetString(body);
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        Span<char> scratch = stackalloc char[4096];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status is System.Buffers.OperationStatus.InvalidData or System.Buffers.OperationStatus.NeedMoreData) return offset;
            if (status == System.Buffers.OperationStatus.Done) break;
        }
        return offset;
    }

    private static string Size(long bytes) =>
        bytes >= 1L << 20
            ? $"{(bytes / (double)(1L << 20)).ToString("0.#", CultureInfo.InvariantCulture)} MB ({bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes)"
            : $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes";

    private static int LineOf(ReadOnlySpan<byte> bytes, int index)
    {
        var upTo = bytes[..Math.Clamp(index, 0, bytes.Length)];
        return upTo.Count((byte)'\n') + 1;
    }
}
