namespace GeneGraph.Vault;

/// <summary>A note the walk found.</summary>
/// <param name="Path">Vault-relative, forward slashes.</param>
/// <param name="FullPath">Where it is read from.</param>
/// <param name="Stamp">What <c>stat(2)</c> said of it when it was listed; null where that cannot be had (Windows).</param>
public readonly record struct FoundNote(string Path, string FullPath, NoteStamp? Stamp);
