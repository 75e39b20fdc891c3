namespace GeneGraph.Vault;

/// <summary>A Markdown note's text, read from disk or given in memory.</summary>
/// <param name="Path">Vault-relative, forward slashes.</param>
public sealed record VaultFile(string Path, string Text);
