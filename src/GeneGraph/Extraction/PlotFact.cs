namespace GeneGraph.Extraction;

/// <summary>One correlation plot: r between a locus of a gene and the trait of the heading above it.</summary>
/// <param name="Trait">The trait's name, folded (<see cref="KeyFolding.Trait"/>), at the line of its heading.</param>
public sealed record PlotFact(Located<string> Trait, PlotName Name, string FileName, int Line);
