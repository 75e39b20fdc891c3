using GeneGraph.Graph;
using GeneGraph.Writers.Output;

namespace GeneGraph.Writers;

/// <summary>A format that is one stream of bytes, written to a file (atomically) or to a stream the caller holds.</summary>
public abstract class StreamGraphWriter : IGraphWriter
{
    public abstract string FormatName { get; }

    public abstract string DefaultExtension { get; }

    public OutputTarget TargetAt(string path) => new FileTarget(path);

    public string? Write(KnowledgeGraph graph, OutputTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target is not StreamTarget stream)
            throw new ArgumentException($"{FormatName} writes one stream, not a {target.GetType().Name}", nameof(target));
        stream.Write(output => Write(graph, output));
        return null;
    }

    /// <summary>
    /// Writes the whole graph to <paramref name="output"/>. The stream is flushed but neither closed nor disposed,
    /// so the caller may pass standard output or a <see cref="FileTarget"/>'s temp stream.
    /// </summary>
    public void Write(KnowledgeGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        WriteGraph(graph, output);
    }

    /// <summary>The format's own writing, as <see cref="Write(KnowledgeGraph, Stream)"/> describes it; both arguments are set.</summary>
    protected abstract void WriteGraph(KnowledgeGraph graph, Stream output);
}
