using Markdig.Syntax.Inlines;

namespace GeneGraph.Notes.WikiLinks;

/// <summary>
/// An Obsidian wikilink <c>[[target#heading|alias]]</c> or embed <c>![[target|size]]</c>.
/// For an embed the part after <c>|</c> is a size (<c>400</c>, <c>400x300</c>) or alt text; both are kept in <see cref="Alias"/>.
/// </summary>
public sealed class WikiLinkInline : LeafInline
{
    public required bool IsEmbed { get; init; }

    /// <summary>The note or file linked to, trimmed, without <c>#heading</c> or <c>|alias</c> (may contain folders).</summary>
    public required string Target { get; init; }

    public string? Heading { get; init; }

    public string? Alias { get; init; }

    /// <summary>The last path segment of <see cref="Target"/>.</summary>
    public string FileName => Target[(Target.LastIndexOf('/') + 1)..];
}
