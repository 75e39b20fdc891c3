namespace GeneGraph.Queries;

/// <summary>
/// The answer to a question: named columns and rows, in order. Cells hold <see cref="string"/>, <see cref="long"/>,
/// <see cref="double"/>, a list of strings, or null, exactly as the Cypher of cypher/queries returns them.
/// </summary>
public sealed record QueryResultTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
