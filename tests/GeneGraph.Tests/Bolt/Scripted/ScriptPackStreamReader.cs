using System.Buffers.Binary;
using System.Text;

namespace GeneGraph.Tests.Bolt.Scripted;

/// <summary>
/// The scripted server's own PackStream decoder, written from the Bolt specification and independent of the
/// client's reader, so a bug the client's reader and writer share cannot hide. Integers come back as
/// <see cref="long"/>, floats as <see cref="double"/>, lists as <c>List&lt;object?&gt;</c>, maps as
/// <c>Dictionary&lt;string, object?&gt;</c>, bytes as <c>byte[]</c> and structures as <see cref="ScriptStructure"/>.
/// </summary>
internal sealed class ScriptPackStreamReader(byte[] bytes)
{
    private int _at;

    public bool IsAtEnd => _at == bytes.Length;

    public object? Read()
    {
        var marker = Next();
        if (marker < 0x80)
        {
            return (long)marker;
        }

        if (marker >= 0xF0)
        {
            return (long)marker - 0x100;
        }

        var low = marker & 0x0F;
        return (marker & 0xF0) switch
        {
            0x80 => Text(low),
            0x90 => List(low),
            0xA0 => Map(low),
            0xB0 => Structure(low),
            _ => marker switch
            {
                0xC0 => null,
                0xC1 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
                0xC2 => false,
                0xC3 => true,
                0xC8 => (long)(sbyte)Next(),
                0xC9 => (long)BinaryPrimitives.ReadInt16BigEndian(Take(2)),
                0xCA => (long)BinaryPrimitives.ReadInt32BigEndian(Take(4)),
                0xCB => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
                0xCC => Take(Size(1)).ToArray(),
                0xCD => Take(Size(2)).ToArray(),
                0xCE => Take(Size(4)).ToArray(),
                0xD0 => Text(Size(1)),
                0xD1 => Text(Size(2)),
                0xD2 => Text(Size(4)),
                0xD4 => List(Size(1)),
                0xD5 => List(Size(2)),
                0xD6 => List(Size(4)),
                0xD8 => Map(Size(1)),
                0xD9 => Map(Size(2)),
                0xDA => Map(Size(4)),
                0xDC => Structure(Size(1)),
                0xDD => Structure(Size(2)),
                _ => throw new InvalidDataException($"The client sent the unknown PackStream marker 0x{marker:X2}."),
            },
        };
    }

    private string Text(int length) => Encoding.UTF8.GetString(Take(length));

    private List<object?> List(int count) => Enumerable.Range(0, count).Select(_ => Read()).ToList();

    private Dictionary<string, object?> Map(int count)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = Read() as string ?? throw new InvalidDataException("The client sent a map key that is not a string.");
            Assert.True(map.TryAdd(key, Read()), $"The client sent the map key '{key}' twice.");
        }

        return map;
    }

    private ScriptStructure Structure(int fieldCount)
    {
        var signature = Next();
        return new ScriptStructure(signature, List(fieldCount));
    }

    private int Size(int width) => width switch
    {
        1 => Next(),
        2 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
        _ => checked((int)BinaryPrimitives.ReadUInt32BigEndian(Take(4))),
    };

    private byte Next() => Take(1)[0];

    private ReadOnlySpan<byte> Take(int count)
    {
        if (_at + count > bytes.Length)
        {
            throw new InvalidDataException("The client's PackStream value runs past the end of its message.");
        }

        var span = bytes.AsSpan(_at, count);
        _at += count;
        return span;
    }
}
