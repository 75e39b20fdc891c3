using System.Buffers;
using GeneGraph.Bolt.PackStream;

namespace GeneGraph.Bolt.Messages;

/// <summary>Packs a request message into bytes (one structure).</summary>
internal static class MessageWriter
{
    public static void Write(RequestMessage message, IBufferWriter<byte> output, bool supportsBytes)
    {
        var writer = new PackStreamWriter(output, supportsBytes);
        writer.WriteStructHeader(message.Fields.Count, message.Signature);
        foreach (var field in message.Fields)
        {
            writer.WriteValue(field);
        }
    }
}
