namespace GeneGraph.Pipeline;

/// <summary>What one <see cref="IncrementalVault.Update"/> found and built.</summary>
/// <param name="Result">The graph of the vault as it is now, equal to a fresh build's.</param>
/// <param name="Added">Notes new since the last update, vault paths in ordinal order.</param>
/// <param name="Changed">Notes whose text changed.</param>
/// <param name="Removed">Notes gone (deleted, renamed away, or deleted while being read).</param>
/// <param name="Waiting">Notes not valid UTF-8 (being written?): their previous version, if any, was kept.</param>
/// <param name="NotesRead">How many notes were read from disk for this update.</param>
public sealed record VaultUpdate(
    VaultGraphResult Result, IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed,
    IReadOnlyList<string> Waiting, int NotesRead)
{
    /// <summary>Whether any note was added, changed or removed.</summary>
    public bool ChangedAnything => Added.Count + Changed.Count + Removed.Count > 0;
}
