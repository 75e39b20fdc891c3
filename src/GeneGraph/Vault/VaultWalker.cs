using System.Globalization;
using GeneGraph.Diagnostics;

namespace GeneGraph.Vault;

/// <summary>
/// Finds the notes below a vault folder. Folders are known by what they are (device + inode), so no folder is read
/// twice and no cycle through links is walked, whatever the path strings say. Folder links that leave the vault are
/// followed (vaults link shared folders in), except a link that resolves to the vault itself or a folder above it
/// (which holds the vault again) or into <c>/proc</c>, <c>/sys</c> or <c>/dev</c>: those get GG005 and are not
/// followed. The walk stops (GG004) once <see cref="VaultLimits.MaxNotes"/> notes or
/// <see cref="VaultLimits.MaxTotalBytes"/> bytes of notes were found. A folder that cannot be listed, or an entry
/// that cannot be examined, is reported (GG001) and the walk goes on.
/// </summary>
internal sealed class VaultWalker(string root, VaultLimits limits, DiagnosticBag diagnostics)
{
    private static readonly string[] SystemFolders = ["/proc", "/sys", "/dev"];

    private readonly HashSet<(long, long)> _visited = [];
    private readonly HashSet<(long, long)> _vaultAndAbove = [];
    private readonly List<FoundNote> _notes = [];
    private long _bytes;
    private bool _stopped;

    public List<FoundNote> Walk()
    {
        for (var folder = RealPath.Of(root) ?? root; folder is not null; folder = Path.GetDirectoryName(folder))
            if (FileStatus.Of(folder) is { } status) _vaultAndAbove.Add(status.Identity);
        if (FileStatus.Of(root) is { } rootStatus) _visited.Add(rootStatus.Identity);

        var pending = new Stack<(string Full, string Relative)>();
        pending.Push((root, "."));
        while (pending.Count > 0 && !_stopped)
        {
            var folder = pending.Pop();
            var subfolders = new List<(string, string)>();
            ListFolder(folder.Full, folder.Relative, subfolders);
            for (var i = subfolders.Count - 1; i >= 0; i--) pending.Push(subfolders[i]);
        }
        return _notes;
    }

    // Paths are joined here, by string, rather than taken from FileSystemInfo.FullName or Path.GetRelativePath:
    // both fail on paths longer than PATH_MAX, which must still be named in the diagnostic.
    private void ListFolder(string folder, string relative, List<(string, string)> subfolders)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
        }
        catch (Exception e)
        {
            diagnostics.Report(relative, 0, DiagnosticCode.UnreadableFile, $"cannot list the folder: {e.Message}");
            return;
        }
        foreach (var entry in entries)
        {
            if (_stopped) return;
            if (entry.Name.StartsWith('.')) continue;
            var full = Path.Join(folder, entry.Name);
            var name = relative == "." ? entry.Name : relative + "/" + entry.Name;
            try
            {
                if (entry is DirectoryInfo)
                {
                    if (ShouldEnter(entry, full, name)) subfolders.Add((full, name));
                }
                else if (entry.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                {
                    AddNote(full, name);
                }
            }
            catch (Exception e)
            {
                diagnostics.Report(name, 0, DiagnosticCode.UnreadableFile, $"cannot examine it: {e.Message}");
            }
        }
    }

    private bool ShouldEnter(FileSystemInfo folder, string full, string name)
    {
        var isLink = folder.LinkTarget is not null;
        var status = FileStatus.Of(full);
        if (isLink)
        {
            var real = RealPath.Of(full);
            if (real is null || status is null)
            {
                diagnostics.Report(name, 0, DiagnosticCode.UnreadableFile,
                    $"cannot follow the folder link to '{folder.LinkTarget}': it does not resolve (dangling, a loop, or a path too long)");
                return false;
            }
            if (_vaultAndAbove.Contains(status.Value.Identity))
            {
                diagnostics.Report(name, 0, DiagnosticCode.FolderLinkNotFollowed,
                    $"the folder link leads to '{real}', the vault itself or a folder above it, which holds the vault again; it is not followed");
                return false;
            }
            if (SystemFolders.FirstOrDefault(system => RealPath.IsAtOrBelow(real, system)) is { } systemFolder)
            {
                diagnostics.Report(name, 0, DiagnosticCode.FolderLinkNotFollowed,
                    $"the folder link leads to '{real}', inside {systemFolder}, which holds no notes; it is not followed");
                return false;
            }
        }
        // A folder reached a second time (through another link, or a link back into what was read) is read once.
        return status is null ? !isLink : _visited.Add(status.Value.Identity);
    }

    private void AddNote(string full, string name)
    {
        var status = FileStatus.Of(full);
        var size = status?.Size ?? 0;
        if (size <= limits.MaxNoteBytes) _bytes += size; // a larger note is refused unread (GG001), so it counts nothing
        if (_notes.Count >= limits.MaxNotes || _bytes > limits.MaxTotalBytes)
        {
            _stopped = true;
            var what = _notes.Count >= limits.MaxNotes
                ? $"{limits.MaxNotes.ToString("N0", CultureInfo.InvariantCulture)} notes (--max-notes)"
                : $"{limits.MaxTotalBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes of notes (--max-total-size)";
            diagnostics.Report(name, 0, DiagnosticCode.WalkStopped,
                $"the vault holds more than {what}; the walk stopped here and this note and the ones after it are not read");
            return;
        }
        _notes.Add(new FoundNote(name, full, status is { } s ? new NoteStamp(s.Size, s.ModifiedNs, s.ChangedNs, s.Inode) : null));
    }
}
