namespace GeneGraph.Extraction;

/// <summary>
/// A value extracted from a note and the 1-based line it came from (0: the file name, not a line).
/// A class, so that a fact a note does not state is simply null.
/// </summary>
public sealed record Located<T>(T Value, int Line);
