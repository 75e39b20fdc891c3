namespace GeneGraph.Writers;

/// <summary>The graph holds something a format cannot carry faithfully; nothing was written.</summary>
public class GraphWriteException(string message) : Exception(message);
