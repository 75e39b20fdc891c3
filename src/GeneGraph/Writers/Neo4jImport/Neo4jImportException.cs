namespace GeneGraph.Writers.Neo4jImport;

/// <summary>The graph holds something a neo4j-import bundle cannot carry faithfully.</summary>
public sealed class Neo4jImportException(string message) : GraphWriteException(message);
