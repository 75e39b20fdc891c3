using System.Buffers.Binary;
using System.Text;
using GeneGraph.Bolt.Errors;

namespace GeneGraph.Bolt.PackStream;

/// <summary>
/// Decodes PackStream from one complete message. Integers come back as <see cref="long"/>, floats as
/// <see cref="double"/>, lists as <c>List&lt;object?&gt;</c>, maps as <c>Dictionary&lt;string, object?&gt;</c> and
/// structures as <see cref="PackStreamStructure"/> (signature and fields): what a structure means (a node, a
/// date ...) is for the layers above to say.
/// </summary>
internal sealed class PackStreamReader(ReadOnlyMemory<byte> input)
{
    private int _position;

    public bool IsAtEnd => _position >= input.Length;

    public (int FieldCount, byte Signature) ReadStructHeader()
    {
        var marker = ReadByte();
        var fieldCount = marker switch
        {
            >= PackStreamMarker.TinyStruct and < PackStreamMarker.TinyStruct + 16 => marker & 0x0F,
            PackStreamMarker.Struct8 => ReadByte(),
            PackStreamMarker.Struct16 => ReadUInt16(),
            _ => throw new ProtocolException($"Expected a structure, found marker 0x{marker:X2}."),
        };
        return (fieldCount, ReadByte());
    }

    public object? ReadValue()
    {
        var marker = ReadByte();
        var high = marker & 0xF0;
        if (marker <= 0x7F || marker >= 0xF0)
        {
            return (long)unchecked((sbyte)marker);
        }

        switch (high)
        {
            case PackStreamMarker.TinyString: return ReadString(marker & 0x0F);
            case PackStreamMarker.TinyList: return ReadList(marker & 0x0F);
            case PackStreamMarker.TinyMap: return ReadMap(marker & 0x0F);
            case PackStreamMarker.TinyStruct: return ReadStruct(marker & 0x0F);
        }

        return marker switch
        {
            PackStreamMarker.Null => null,
            PackStreamMarker.True => true,
            PackStreamMarker.False => false,
            PackStreamMarker.Float64 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
            PackStreamMarker.Int8 => (long)unchecked((sbyte)ReadByte()),
            PackStreamMarker.Int16 => (long)BinaryPrimitives.ReadInt16BigEndian(Take(2)),
            PackStreamMarker.Int32 => (long)BinaryPrimitives.ReadInt32BigEndian(Take(4)),
            PackStreamMarker.Int64 => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
            PackStreamMarker.Bytes8 => Take(ReadByte()).ToArray(),
            PackStreamMarker.Bytes16 => Take(ReadUInt16()).ToArray(),
            PackStreamMarker.Bytes32 => Take(ReadSize32()).ToArray(),
            PackStreamMarker.String8 => ReadString(ReadByte()),
            PackStreamMarker.String16 => ReadString(ReadUInt16()),
            PackStreamMarker.String32 => ReadString(ReadSize32()),
            PackStreamMarker.List8 => ReadList(ReadByte()),
            PackStreamMarker.List16 => ReadList(ReadUInt16()),
            PackStreamMarker.List32 => ReadList(ReadSize32()),
            PackStreamMarker.Map8 => ReadMap(ReadByte()),
            PackStreamMarker.Map16 => ReadMap(ReadUInt16()),
            PackStreamMarker.Map32 => ReadMap(ReadSize32()),
            PackStreamMarker.Struct8 => ReadStruct(ReadByte()),
            PackStreamMarker.Struct16 => ReadStruct(ReadUInt16()),
            _ => throw new ProtocolException($"Unknown PackStream marker 0x{marker:X2}."),
        };
    }

    public Dictionary<string, object?> ReadMapValue() =>
        ReadValue() as Dictionary<string, object?> ?? throw new ProtocolException("Expected a map.");

    private string ReadString(int length) => Encoding.UTF8.GetString(Take(length));

    private List<object?> ReadList(int count)
    {
        var list = new List<object?>(Math.Min(count, 1 << 16));
        for (var i = 0; i < count; i++)
        {
            list.Add(ReadValue());
        }

        return list;
    }

    private Dictionary<string, object?> ReadMap(int count)
    {
        var map = new Dictionary<string, object?>(Math.Min(count, 1 << 16), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = ReadValue() as string ?? throw new ProtocolException("Map keys must be strings.");
            map[key] = ReadValue();
        }

        return map;
    }

    private PackStreamStructure ReadStruct(int fieldCount)
    {
        var signature = ReadByte();
        var fields = new List<object?>(fieldCount);
        for (var i = 0; i < fieldCount; i++)
        {
            fields.Add(ReadValue());
        }

        return new PackStreamStructure(signature, fields);
    }

    private int ReadSize32()
    {
        var size = BinaryPrimitives.ReadInt32BigEndian(Take(4));
        return size >= 0 ? size : throw new ProtocolException("PackStream sizes above 2 GB are not supported.");
    }

    private ushort ReadUInt16() => BinaryPrimitives.ReadUInt16BigEndian(Take(2));

    private byte ReadByte() => Take(1)[0];

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > input.Length - _position)
        {
            throw new ProtocolException("PackStream value runs past the end of the message.");
        }

        var span = input.Span.Slice(_position, count);
        _position += count;
        return span;
    }
}
