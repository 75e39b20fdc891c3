namespace GeneGraph.Vault;

/// <summary>
/// A note file's size, modification and status-change times (nanoseconds) and inode. Writing a file in place changes
/// its times, and saving by writing a temporary file and renaming it over the note changes its inode too, so an
/// equal stamp says the file was not written since, as far as a clock that ticks between two writes can tell
/// (docs/note-cache.md says when it cannot).
/// </summary>
public readonly record struct NoteStamp(long Size, long ModifiedNs, long ChangedNs, long Inode);
