using GeneGraph.Graph;

namespace GeneGraph.Writers;

/// <summary>Serialises a <see cref="KnowledgeGraph"/> to one file format.</summary>
public interface IGraphWriter
{
    /// <summary>The name used on the command line (<c>graphml</c>, <c>json</c>).</summary>
    string FormatName { get; }

    /// <summary>The file extension, with its dot (<c>.graphml</c>).</summary>
    string DefaultExtension { get; }

    /// <summary>
    /// Writes the whole graph to <paramref name="output"/>. The stream is flushed but neither closed nor disposed,
    /// so the caller may pass standard output or an <see cref="AtomicFile"/> temp stream.
    /// </summary>
    void Write(KnowledgeGraph graph, Stream output);
}
