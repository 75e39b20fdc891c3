using GeneGraph.Graph;
using GeneGraph.Writers.Output;

namespace GeneGraph.Writers;

/// <summary>
/// Writes a <see cref="KnowledgeGraph"/> in one format into an <see cref="OutputTarget"/>: a file or stream for most
/// formats (<see cref="StreamGraphWriter"/>), a folder for the neo4j-import bundle. Every format is written the same way.
/// </summary>
public interface IGraphWriter
{
    /// <summary>The name used on the command line (<c>graphml</c>, <c>json</c>).</summary>
    string FormatName { get; }

    /// <summary>The file extension that selects this format, with its dot (<c>.graphml</c>); empty when none does.</summary>
    string DefaultExtension { get; }

    /// <summary>The target this writer writes at <paramref name="path"/> (a file, or a folder).</summary>
    OutputTarget TargetAt(string path);

    /// <summary>
    /// Writes the whole graph into <paramref name="target"/>, which must be of the kind <see cref="TargetAt"/> makes
    /// (any <see cref="StreamTarget"/> for the writers of one stream). Returns what the user should know about the
    /// output beyond its node and edge counts (its files and how to use them), or null.
    /// </summary>
    string? Write(KnowledgeGraph graph, OutputTarget target);
}
