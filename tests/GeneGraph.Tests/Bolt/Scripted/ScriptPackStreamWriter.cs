using System.Buffers.Binary;
using System.Text;

namespace GeneGraph.Tests.Bolt.Scripted;

/// <summary>
/// The scripted server's own PackStream encoder, written from the Bolt specification and independent of the
/// client's writer: null, booleans, integers (smallest encoding), doubles, strings, byte arrays, lists, maps
/// with string keys and <see cref="ScriptStructure"/>s. Enough for what a script answers.
/// </summary>
internal sealed class ScriptPackStreamWriter
{
    private readonly List<byte> _bytes = [];

    public byte[] ToArray() => [.. _bytes];

    public void WriteStructure(byte signature, IReadOnlyList<object?> fields)
    {
        Header(0xB0, 0xDC, fields.Count, maxWidth: 2);
        _bytes.Add(signature);
        foreach (var field in fields)
        {
            Write(field);
        }
    }

    public void Write(object? value)
    {
        switch (value)
        {
            case null: _bytes.Add(0xC0); break;
            case bool flag: _bytes.Add(flag ? (byte)0xC3 : (byte)0xC2); break;
            case int or long: Integer(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case double number:
                _bytes.Add(0xC1);
                BigEndian(8, span => BinaryPrimitives.WriteDoubleBigEndian(span, number));
                break;
            case string text:
                var utf8 = Encoding.UTF8.GetBytes(text);
                Header(0x80, 0xD0, utf8.Length, maxWidth: 4);
                _bytes.AddRange(utf8);
                break;
            case byte[] raw:
                Header(null, 0xCC, raw.Length, maxWidth: 4);
                _bytes.AddRange(raw);
                break;
            case ScriptStructure structure: WriteStructure(structure.Signature, structure.Fields); break;
            case IDictionary<string, object?> map:
                Header(0xA0, 0xD8, map.Count, maxWidth: 4);
                foreach (var (key, item) in map)
                {
                    Write(key);
                    Write(item);
                }

                break;
            case IEnumerable<object?> items:
                var list = items.ToList();
                Header(0x90, 0xD4, list.Count, maxWidth: 4);
                list.ForEach(Write);
                break;
            default: throw new ArgumentException($"The scripted server cannot pack {value.GetType()}.", nameof(value));
        }
    }

    private void Integer(long value)
    {
        if (value is >= -16 and <= 127)
        {
            _bytes.Add(unchecked((byte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            _bytes.AddRange([0xC8, unchecked((byte)value)]);
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            _bytes.Add(0xC9);
            BigEndian(2, span => BinaryPrimitives.WriteInt16BigEndian(span, (short)value));
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            _bytes.Add(0xCA);
            BigEndian(4, span => BinaryPrimitives.WriteInt32BigEndian(span, (int)value));
        }
        else
        {
            _bytes.Add(0xCB);
            BigEndian(8, span => BinaryPrimitives.WriteInt64BigEndian(span, value));
        }
    }

    /// <summary>A tiny marker (size in the low nibble) when there is one and the size fits, else marker, marker+1, marker+2 for 8, 16, 32-bit sizes.</summary>
    private void Header(byte? tiny, byte sized, int size, int maxWidth)
    {
        if (tiny is { } marker && size < 16)
        {
            _bytes.Add((byte)(marker | size));
        }
        else if (size <= byte.MaxValue)
        {
            _bytes.AddRange([sized, (byte)size]);
        }
        else if (size <= ushort.MaxValue)
        {
            _bytes.Add((byte)(sized + 1));
            BigEndian(2, span => BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)size));
        }
        else
        {
            Assert.True(maxWidth == 4, "Structures have at most 65,535 fields.");
            _bytes.Add((byte)(sized + 2));
            BigEndian(4, span => BinaryPrimitives.WriteInt32BigEndian(span, size));
        }
    }

    private void BigEndian(int width, SpanAction write)
    {
        Span<byte> span = stackalloc byte[width];
        write(span);
        _bytes.AddRange((ReadOnlySpan<byte>)span);
    }

    private delegate void SpanAction(Span<byte> span);
}
