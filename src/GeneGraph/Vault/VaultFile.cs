namespace GeneGraph.Vault;

/// <summary>A Markdown note read from disk.</summary>
/// <param name="Path">Vault-relative, forward slashes.</param>
public sealed record VaultFile(string Path, string FullPath, string Text);
