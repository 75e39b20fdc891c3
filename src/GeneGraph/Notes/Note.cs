using Markdig.Syntax;

namespace GeneGraph.Notes;

/// <summary>A note of the vault parsed into Markdig's syntax tree.</summary>
/// <param name="Path">Vault-relative path with forward slashes (<c>LiteratureResearch/GeneDump/LIF.md</c>).</param>
public sealed record Note(string Path, MarkdownDocument Document)
{
    /// <summary>The file name without folder and <c>.md</c>: Obsidian's note name.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);
}
