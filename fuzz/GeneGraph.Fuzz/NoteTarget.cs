using System.Text;
using GeneGraph.Diagnostics;
using GeneGraph.Pipeline;
using GeneGraph.Vault;
using GeneGraph.Writers;

namespace GeneGraph.Fuzz;

/// <summary>
/// One fuzz input: the bytes of a note, decoded the way <see cref="VaultReader"/> decodes a file, run as a one-note
/// vault through the pipeline every vault takes (<see cref="VaultGraph"/>), and the graph written as GraphML, JSON and
/// a Cypher script. Any exception that escapes, a stack overflow or a hang is a finding; diagnostics are the expected
/// outcome.
/// </summary>
public static class NoteTarget
{
    public static void Run(ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new DiagnosticBag();
        var text = VaultReader.Decode("Genes/LIF.md", bytes, diagnostics);
        var graph = VaultGraph.Build([new VaultFile("Genes/LIF.md", text)], diagnostics).Graph;
        foreach (var writer in new StreamGraphWriter[] { new GraphMLWriter(), new JsonGraphWriter(), CypherScriptWriter.Modern })
            writer.Write(graph, Stream.Null);
        _ = diagnostics.Sorted().Sum(d => d.Message.Length);
    }

    /// <summary>Test-side entry point: the UTF-8 text of a note.</summary>
    public static void Run(string text) => Run(Encoding.UTF8.GetBytes(text));
}
