namespace GeneGraph.Writers.Neo4jImport;

/// <summary>The graph holds something a neo4j-import bundle cannot carry faithfully, or the target folder is not ours.</summary>
public sealed class Neo4jImportException(string message) : Exception(message);
