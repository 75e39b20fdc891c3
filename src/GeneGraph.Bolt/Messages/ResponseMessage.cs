namespace GeneGraph.Bolt.Messages;

/// <summary>A message the server sends: SUCCESS, RECORD, IGNORED or FAILURE.</summary>
internal abstract record ResponseMessage
{
    public const byte SuccessSignature = 0x70;
    public const byte RecordSignature = 0x71;
    public const byte IgnoredSignature = 0x7E;
    public const byte FailureSignature = 0x7F;
}

internal sealed record SuccessMessage(IReadOnlyDictionary<string, object?> Metadata) : ResponseMessage;

internal sealed record RecordMessage(IReadOnlyList<object?> Values) : ResponseMessage;

internal sealed record IgnoredMessage : ResponseMessage
{
    public static IgnoredMessage Instance { get; } = new();
}

/// <summary>FAILURE; Bolt 5.7+ servers name the code <c>neo4j_code</c> (GQL-style errors), older ones <c>code</c>.</summary>
internal sealed record FailureMessage(string Code, string Message) : ResponseMessage;
