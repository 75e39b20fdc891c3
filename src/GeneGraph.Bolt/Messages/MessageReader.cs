using GeneGraph.Bolt.Errors;
using GeneGraph.Bolt.PackStream;
using GeneGraph.Bolt.Structures;

namespace GeneGraph.Bolt.Messages;

/// <summary>Unpacks one server message; graph structures in it (nodes, relationships, paths) are hydrated here.</summary>
internal static class MessageReader
{
    public static ResponseMessage Read(ReadOnlyMemory<byte> bytes)
    {
        var reader = new PackStreamReader(bytes);
        var (fieldCount, signature) = reader.ReadStructHeader();
        return signature switch
        {
            ResponseMessage.SuccessSignature when fieldCount == 1 => new SuccessMessage(ReadMap(reader)),
            ResponseMessage.RecordSignature when fieldCount == 1 =>
                new RecordMessage(StructureHydrator.HydrateValue(reader.ReadValue()) as List<object?> ?? throw new ProtocolException("RECORD must hold a list.")),
            ResponseMessage.IgnoredSignature => IgnoredMessage.Instance,
            ResponseMessage.FailureSignature when fieldCount == 1 => ToFailure(ReadMap(reader)),
            _ => throw new ProtocolException($"Unexpected message from the server: signature 0x{signature:X2} with {fieldCount} fields."),
        };
    }

    private static Dictionary<string, object?> ReadMap(PackStreamReader reader)
    {
        var map = reader.ReadMapValue();
        StructureHydrator.HydrateValue(map);
        return map;
    }

    private static FailureMessage ToFailure(Dictionary<string, object?> metadata)
    {
        var code = metadata.GetValueOrDefault("neo4j_code") as string
            ?? metadata.GetValueOrDefault("code") as string
            ?? "Neo.DatabaseError.General.UnknownError";
        var message = metadata.GetValueOrDefault("message") as string
            ?? metadata.GetValueOrDefault("description") as string
            ?? "(the server gave no message)";
        return new FailureMessage(code, message);
    }
}
