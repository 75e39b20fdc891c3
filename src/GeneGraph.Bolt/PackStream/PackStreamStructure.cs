namespace GeneGraph.Bolt.PackStream;

/// <summary>
/// A structure the client has no dedicated type for (temporal and spatial values of Bolt 2+, or
/// anything newer): its signature byte and its fields, as decoded.
/// </summary>
public sealed record PackStreamStructure(byte Signature, IReadOnlyList<object?> Fields)
{
    public override string ToString() => $"Structure(0x{Signature:X2}, {Fields.Count} fields)";
}
