using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace GeneGraph.Cypher;

/// <summary>
/// XxHash128 of a property map in one canonical binary form: each value a tag byte and its bytes (a string its length
/// and UTF-16 code units, a number its 64 bits, a list or map its items and an end tag, a map's keys in ordinal
/// order). Equal content, equal hash, whatever path wrote it; strings are hashed where they lie, not copied or escaped.
/// One instance per thread.
/// </summary>
internal sealed class ContentHash
{
    private const byte Null = (byte)'n', Text = (byte)'s', Integer = (byte)'i', Float = (byte)'f', True = (byte)'t', False = (byte)'F',
        List = (byte)'L', Map = (byte)'M', End = (byte)'E';

    private readonly XxHash128 _hash = new();

    public void Reset() => _hash.Reset();

    /// <summary>The hash of what was written since <see cref="Reset"/>, 32 lower-case hex digits.</summary>
    public string Finish()
    {
        Span<byte> digest = stackalloc byte[16];
        _hash.GetCurrentHash(digest);
        return Convert.ToHexStringLower(digest);
    }

    public void BeginMap() => Tag(Map);

    public void BeginList() => Tag(List);

    public void EndMapOrList() => Tag(End);

    public void String(ReadOnlySpan<char> value)
    {
        Tag(Text);
        Int(value.Length);
        _hash.Append(MemoryMarshal.AsBytes(value));
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
        _hash.Append(MemoryMarshal.AsBytes(path.AsSpan()));
        _hash.Append(MemoryMarshal.AsBytes(suffix[..(1 + digits)]));
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

    private void Tag(byte tag) => _hash.Append([tag]);

    private void Int(int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        _hash.Append(bytes);
    }

    private void Long(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        _hash.Append(bytes);
    }
}
