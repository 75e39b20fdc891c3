using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace GeneGraph.Cypher;

/// <summary>
/// XxHash128 of a property map in one canonical binary form: each value a tag byte and its bytes (a string its length
/// and UTF-16 code units, a number its 64 bits, a list or map its items and an end tag, a map's keys in ordinal
/// order). Equal content, equal hash, whatever path wrote it. The form is gathered in one buffer and hashed in one
/// call (many small appends to a streaming hash cost more than the copy). One instance per thread.
/// </summary>
internal sealed class ContentHash
{
    private const byte Null = (byte)'n', Text = (byte)'s', Integer = (byte)'i', Float = (byte)'f', True = (byte)'t', False = (byte)'F',
        List = (byte)'L', Map = (byte)'M', End = (byte)'E';

    private byte[] _buffer = new byte[4096];
    private int _length;

    public void Reset() => _length = 0;

    /// <summary>The hash of what was written since <see cref="Reset"/>, 32 lower-case hex digits.</summary>
    public string Finish()
    {
        Span<byte> digest = stackalloc byte[16];
        XxHash128.Hash(_buffer.AsSpan(0, _length), digest);
        return Convert.ToHexStringLower(digest);
    }

    private Span<byte> Take(int bytes)
    {
        if (_length + bytes > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
        var span = _buffer.AsSpan(_length, bytes);
        _length += bytes;
        return span;
    }

    private void Append(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Take(bytes.Length));

    public void BeginMap() => Tag(Map);

    public void BeginList() => Tag(List);

    public void EndMapOrList() => Tag(End);

    public void String(ReadOnlySpan<char> value)
    {
        Tag(Text);
        Int(value.Length);
        Append(MemoryMarshal.AsBytes(value));
    }

    /// <summary>The string <c>$"{path}:{line}"</c> (<paramref name="path"/> alone when the line is 0), without making it.</summary>
    public void String(string path, int line)
    {
        if (line <= 0)
        {
            String(path);
            return;
        }
        Span<char> suffix = stackalloc char[12];
        suffix[0] = ':';
        line.TryFormat(suffix[1..], out var digits, provider: CultureInfo.InvariantCulture);
        Tag(Text);
        Int(path.Length + 1 + digits);
        Append(MemoryMarshal.AsBytes(path.AsSpan()));
        Append(MemoryMarshal.AsBytes(suffix[..(1 + digits)]));
    }

    public void Value(object? value)
    {
        switch (value)
        {
            case null: Tag(Null); break;
            case string s: String(s); break;
            case bool b: Tag(b ? True : False); break;
            case long or int: Tag(Integer); Long(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case double d: Tag(Float); Long(BitConverter.DoubleToInt64Bits(d)); break;
            case IReadOnlyDictionary<string, object?> map:
                BeginMap();
                foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    String(key);
                    Value(item);
                }
                EndMapOrList();
                break;
            case System.Collections.IEnumerable list:
                BeginList();
                foreach (var item in list) Value(item);
                EndMapOrList();
                break;
            default: throw new ArgumentException($"no content hash for {value.GetType().Name}", nameof(value));
        }
    }

    private void Tag(byte tag) => Take(1)[0] = tag;

    private void Int(int value) => System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(Take(4), value);

    private void Long(long value) => System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(Take(8), value);
}
