using System.Text;
using GeneGraph.Diagnostics;

namespace GeneGraph.Vault;

/// <summary>
/// Finds every <c>*.md</c> note under a vault folder, skipping hidden folders and files (<c>.obsidian</c>,
/// <c>.trash</c>, <c>.git</c>) and following folder links only once, and reads them as UTF-8 (BOM optional).
/// A file that cannot be read is reported and the others are read on.
/// </summary>
public static class VaultReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Vault-relative note paths in ordinal order.</summary>
    public static IReadOnlyList<(string Path, string FullPath)> FindNotes(string vaultFolder, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(vaultFolder);
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"vault folder '{vaultFolder}' does not exist");
        var notes = new List<(string, string)>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Walk(root, root, notes, visited, diagnostics);
        notes.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return notes;
    }

    /// <summary>The note at <paramref name="fullPath"/>, named <paramref name="path"/>; null (reported) when it cannot be read.</summary>
    public static VaultFile? Read(string path, string fullPath, DiagnosticBag diagnostics)
    {
        if (FileType.IsSpecial(fullPath))
        {
            // Opening a FIFO blocks until a writer comes, and a device may never end: neither is a note.
            diagnostics.Report(path, 0, DiagnosticCode.UnreadableFile, "cannot read the note: it is not a regular file (a FIFO, socket or device)");
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(path, 0, DiagnosticCode.UnreadableFile, $"cannot read the note: {e.Message}");
            return null;
        }
        return new VaultFile(path, Decode(path, bytes, diagnostics));
    }

    /// <summary>The text of a note's bytes: UTF-8, BOM optional; invalid bytes are reported and read as U+FFFD.</summary>
    public static string Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        var body = bytes;
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) body = body[3..];
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            diagnostics.Report(path, LineOf(body, e.Index), DiagnosticCode.InvalidUtf8,
                "the note is not valid UTF-8; invalid bytes are read as U+FFFD");
            return Encoding.UTF8.GetString(body);
        }
    }

    private static void Walk(string root, string folder, List<(string, string)> notes, HashSet<string> visited, DiagnosticBag diagnostics)
    {
        var real = RealPath(folder);
        if (!visited.Add(real)) return; // a folder link back into the vault
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Relative(root, folder), 0, DiagnosticCode.UnreadableFile, $"cannot list the folder: {e.Message}");
            return;
        }
        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Name.StartsWith('.')) continue;
            if (entry is DirectoryInfo)
                Walk(root, entry.FullName, notes, visited, diagnostics);
            else if (entry.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                notes.Add((Relative(root, entry.FullName), entry.FullName));
        }
    }

    private static string RealPath(string folder)
    {
        try
        {
            return new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(folder);
        }
        catch (IOException)
        {
            return Path.GetFullPath(folder);
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static int LineOf(ReadOnlySpan<byte> bytes, int index)
    {
        var upTo = bytes[..Math.Clamp(index, 0, bytes.Length)];
        return upTo.Count((byte)'\n') + 1;
    }
}
