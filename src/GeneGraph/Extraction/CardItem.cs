namespace GeneGraph.Extraction;

/// <summary>A named, linked item of a GeneCards summary: a MalaCards disease, a PathCards pathway, a paralog.</summary>
/// <param name="Key">The item's node key, folded (<see cref="KeyFolding"/>).</param>
public sealed record CardItem(string Key, string Name, string? Url, int Line);
