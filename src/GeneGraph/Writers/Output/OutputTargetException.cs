namespace GeneGraph.Writers.Output;

/// <summary>An output target that must not be written, e.g. a folder that is not the writer's own.</summary>
public sealed class OutputTargetException(string message) : IOException(message);
