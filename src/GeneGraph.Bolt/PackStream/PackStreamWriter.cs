using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Text;

namespace GeneGraph.Bolt.PackStream;

/// <summary>Encodes values as PackStream, always choosing the smallest encoding.</summary>
internal sealed class PackStreamWriter(IBufferWriter<byte> output, bool supportsBytes = true)
{
    public void WriteNull() => WriteByte(PackStreamMarker.Null);

    public void Write(bool value) => WriteByte(value ? PackStreamMarker.True : PackStreamMarker.False);

    public void Write(long value)
    {
        if (value is >= -16 and <= 127)
        {
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            WriteByte(PackStreamMarker.Int8);
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            var span = Reserve(3);
            span[0] = PackStreamMarker.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
            output.Advance(3);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            var span = Reserve(5);
            span[0] = PackStreamMarker.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
            output.Advance(5);
        }
        else
        {
            var span = Reserve(9);
            span[0] = PackStreamMarker.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
            output.Advance(9);
        }
    }

    public void Write(double value)
    {
        var span = Reserve(9);
        span[0] = PackStreamMarker.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
        output.Advance(9);
    }

    public void Write(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteSizedHeader(length, PackStreamMarker.TinyString, PackStreamMarker.String8, PackStreamMarker.String16, PackStreamMarker.String32);
        var span = output.GetSpan(length);
        Encoding.UTF8.GetBytes(value, span);
        output.Advance(length);
    }

    public void Write(ReadOnlySpan<byte> value)
    {
        if (!supportsBytes)
        {
            throw new NotSupportedException(
                "This server cannot receive byte arrays: PackStream bytes need Neo4j 3.2 or later. Send the value as a list of integers or a base64 string instead.");
        }

        if (value.Length <= byte.MaxValue)
        {
            WriteByte(PackStreamMarker.Bytes8);
            WriteByte((byte)value.Length);
        }
        else if (value.Length <= ushort.MaxValue)
        {
            WriteMarkerAndUInt16(PackStreamMarker.Bytes16, (ushort)value.Length);
        }
        else
        {
            WriteMarkerAndInt32(PackStreamMarker.Bytes32, value.Length);
        }

        output.Write(value);
    }

    public void WriteListHeader(int count) =>
        WriteSizedHeader(count, PackStreamMarker.TinyList, PackStreamMarker.List8, PackStreamMarker.List16, PackStreamMarker.List32);

    public void WriteMapHeader(int count) =>
        WriteSizedHeader(count, PackStreamMarker.TinyMap, PackStreamMarker.Map8, PackStreamMarker.Map16, PackStreamMarker.Map32);

    public void WriteStructHeader(int fieldCount, byte signature)
    {
        if (fieldCount < 16)
        {
            WriteByte((byte)(PackStreamMarker.TinyStruct | fieldCount));
        }
        else if (fieldCount <= byte.MaxValue)
        {
            WriteByte(PackStreamMarker.Struct8);
            WriteByte((byte)fieldCount);
        }
        else if (fieldCount <= ushort.MaxValue)
        {
            WriteMarkerAndUInt16(PackStreamMarker.Struct16, (ushort)fieldCount);
        }
        else
        {
            throw new ArgumentOutOfRangeException(nameof(fieldCount), fieldCount, "A structure has at most 65,535 fields.");
        }

        WriteByte(signature);
    }

    /// <summary>Writes any supported .NET value (see the switch for the mapping).</summary>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case bool b: Write(b); break;
            case sbyte or byte or short or ushort or int or uint or long:
                Write(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ulong u:
                if (u > long.MaxValue)
                {
                    throw new ArgumentOutOfRangeException(nameof(value), "PackStream integers are signed 64-bit; this ulong is too large.");
                }

                Write((long)u);
                break;
            case double d: Write(d); break;
            case float f: Write((double)f); break;
            case string s: Write(s); break;
            case char c: Write(c.ToString()); break;
            case byte[] bytes: Write(bytes.AsSpan()); break;
            case ReadOnlyMemory<byte> memory: Write(memory.Span); break;
            case PackStreamStructure structure:
                WriteStructHeader(structure.Fields.Count, structure.Signature);
                foreach (var field in structure.Fields)
                {
                    WriteValue(field);
                }

                break;
            case IDictionary dictionary: WriteMap(dictionary); break;
            case IEnumerable<KeyValuePair<string, object?>> pairs: WriteMap(pairs); break;
            case IEnumerable sequence: WriteList(sequence); break;
            default:
                throw new ArgumentException(
                    $"A value of type {value.GetType().FullName} cannot be sent to Neo4j; use null, bool, integers, double, string, byte[], lists or string-keyed maps.",
                    nameof(value));
        }
    }

    private void WriteMap(IDictionary dictionary)
    {
        WriteMapHeader(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key)
            {
                throw new ArgumentException($"Map keys sent to Neo4j must be strings, not {entry.Key.GetType().FullName}.");
            }

            Write(key);
            WriteValue(entry.Value);
        }
    }

    private void WriteMap(IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        var list = pairs as IReadOnlyCollection<KeyValuePair<string, object?>> ?? pairs.ToList();
        WriteMapHeader(list.Count);
        foreach (var (key, item) in list)
        {
            Write(key);
            WriteValue(item);
        }
    }

    private void WriteList(IEnumerable sequence)
    {
        var items = sequence as ICollection ?? sequence.Cast<object?>().ToList();
        WriteListHeader(items.Count);
        foreach (var item in items)
        {
            WriteValue(item);
        }
    }

    private void WriteSizedHeader(int size, byte tiny, byte marker8, byte marker16, byte marker32)
    {
        if (size < 16)
        {
            WriteByte((byte)(tiny | size));
        }
        else if (size <= byte.MaxValue)
        {
            WriteByte(marker8);
            WriteByte((byte)size);
        }
        else if (size <= ushort.MaxValue)
        {
            WriteMarkerAndUInt16(marker16, (ushort)size);
        }
        else
        {
            WriteMarkerAndInt32(marker32, size);
        }
    }

    private void WriteMarkerAndUInt16(byte marker, ushort size)
    {
        var span = Reserve(3);
        span[0] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(span[1..], size);
        output.Advance(3);
    }

    private void WriteMarkerAndInt32(byte marker, int size)
    {
        var span = Reserve(5);
        span[0] = marker;
        BinaryPrimitives.WriteInt32BigEndian(span[1..], size);
        output.Advance(5);
    }

    private void WriteByte(byte value)
    {
        Reserve(1)[0] = value;
        output.Advance(1);
    }

    private Span<byte> Reserve(int size) => output.GetSpan(size);
}
