using System.Buffers;
using GeneGraph.Bolt.Errors;
using GeneGraph.Bolt.PackStream;

namespace GeneGraph.Tests.Bolt.PackStream;

public sealed class PackStreamTests
{
    private static byte[] Pack(object? value, bool supportsBytes = true)
    {
        var buffer = new ArrayBufferWriter<byte>();
        new PackStreamWriter(buffer, supportsBytes).WriteValue(value);
        return buffer.WrittenSpan.ToArray();
    }

    private static object? Unpack(byte[] bytes)
    {
        var reader = new PackStreamReader(bytes);
        var value = reader.ReadValue();
        Assert.True(reader.IsAtEnd);
        return value;
    }

    private static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    [Theory]
    [InlineData(null, "C0")]
    [InlineData(true, "C3")]
    [InlineData(false, "C2")]
    public void Null_and_booleans(object? value, string expected) => Assert.Equal(Hex(expected), Pack(value));

    [Theory]
    [InlineData(0L, "00")]
    [InlineData(1L, "01")]
    [InlineData(127L, "7F")]
    [InlineData(-1L, "FF")]
    [InlineData(-16L, "F0")]
    [InlineData(-17L, "C8 EF")]
    [InlineData(-128L, "C8 80")]
    [InlineData(128L, "C9 00 80")]
    [InlineData(-129L, "C9 FF 7F")]
    [InlineData(32_767L, "C9 7F FF")]
    [InlineData(-32_768L, "C9 80 00")]
    [InlineData(32_768L, "CA 00 00 80 00")]
    [InlineData(-32_769L, "CA FF FF 7F FF")]
    [InlineData(2_147_483_647L, "CA 7F FF FF FF")]
    [InlineData(-2_147_483_648L, "CA 80 00 00 00")]
    [InlineData(2_147_483_648L, "CB 00 00 00 00 80 00 00 00")]
    [InlineData(long.MaxValue, "CB 7F FF FF FF FF FF FF FF")]
    [InlineData(long.MinValue, "CB 80 00 00 00 00 00 00 00")]
    public void Integers_use_the_smallest_encoding(long value, string expected)
    {
        Assert.Equal(Hex(expected), Pack(value));
        Assert.Equal(value, Unpack(Hex(expected)));
    }

    [Fact]
    public void Smaller_integer_types_are_widened()
    {
        Assert.Equal(Hex("C9 01 00"), Pack((short)256));
        Assert.Equal(Hex("CA 80 00 00 00"), Pack(int.MinValue));
        Assert.Equal(Hex("2A"), Pack((byte)42));
    }

    [Fact]
    public void Floats_are_64_bit_big_endian()
    {
        Assert.Equal(Hex("C1 3F F1 99 99 99 99 99 9A"), Pack(1.1));
        Assert.Equal(Hex("C1 BF F1 99 99 99 99 99 9A"), Pack(-1.1));
        Assert.Equal(1.1, Unpack(Hex("C1 3F F1 99 99 99 99 99 9A")));
        Assert.True(double.IsNaN((double)Unpack(Pack(double.NaN))!));
    }

    [Theory]
    [InlineData(0, "80")]
    [InlineData(15, "8F")]
    [InlineData(16, "D0 10")]
    [InlineData(255, "D0 FF")]
    [InlineData(256, "D1 01 00")]
    [InlineData(65_535, "D1 FF FF")]
    [InlineData(65_536, "D2 00 01 00 00")]
    public void String_headers_by_size(int size, string header)
    {
        var text = new string('a', size);
        var packed = Pack(text);

        Assert.Equal(Hex(header), packed[..^size]);
        Assert.Equal(text, Unpack(packed));
    }

    [Fact]
    public void Strings_are_utf8_and_sized_in_bytes()
    {
        Assert.Equal(Hex("81 41"), Pack("A"));
        Assert.Equal(Hex("D0 14 47 72 C3 B6 C3 9F 65 6E 20 F0 9F A7 AC 20 E4 B8 96 E7 95 8C"), Pack("Größen 🧬 世界"));
        Assert.Equal("Größen 🧬 世界", Unpack(Pack("Größen 🧬 世界")));
    }

    [Fact]
    public void Lists_of_every_size_class()
    {
        Assert.Equal(Hex("90"), Pack(new List<object?>()));
        Assert.Equal(Hex("93 01 02 03"), Pack(new[] { 1, 2, 3 }));
        Assert.Equal(Hex("D4 10"), Pack(Enumerable.Repeat(0L, 16).ToList())[..2]);
        Assert.Equal(Hex("D5 01 00"), Pack(Enumerable.Repeat(0L, 256).ToList())[..3]);
        Assert.Equal(Hex("D6 00 01 00 00"), Pack(Enumerable.Repeat(0L, 65_536).ToList())[..5]);
        var big = Enumerable.Range(0, 70_000).Select(i => (object?)(long)i).ToList();
        Assert.Equal(big, Unpack(Pack(big)));
    }

    [Fact]
    public void Maps_of_every_size_class()
    {
        Assert.Equal(Hex("A0"), Pack(new Dictionary<string, object?>()));
        Assert.Equal(Hex("A1 83 6F 6E 65 84 65 69 6E 73"), Pack(new Dictionary<string, object?> { ["one"] = "eins" }));
        Assert.Equal(Hex("D8 10"), Pack(Enumerable.Range(0, 16).ToDictionary(i => $"k{i}", i => (object?)i))[..2]);
        Assert.Equal(Hex("D9 01 00"), Pack(Enumerable.Range(0, 256).ToDictionary(i => $"k{i}", i => (object?)i))[..3]);
        var map = new Dictionary<string, object?> { ["list"] = new List<object?> { 1L, "x", null }, ["nested"] = new Dictionary<string, object?> { ["d"] = 0.5 } };
        Assert.Equal(map, Unpack(Pack(map)));
    }

    [Fact]
    public void Bytes_have_their_own_markers()
    {
        Assert.Equal(Hex("CC 03 01 02 03"), Pack(new byte[] { 1, 2, 3 }));
        Assert.Equal(Hex("CD 01 00"), Pack(new byte[256])[..3]);
        Assert.Equal(Hex("CE 00 01 00 00"), Pack(new byte[65_536])[..5]);
        Assert.Equal(new byte[] { 9, 8 }, Unpack(Hex("CC 02 09 08")));
    }

    [Fact]
    public void Bytes_are_refused_for_servers_without_support()
    {
        var error = Assert.Throws<NotSupportedException>(() => Pack(new byte[] { 1 }, supportsBytes: false));
        Assert.Contains("3.2", error.Message);
    }

    [Fact]
    public void Structure_headers()
    {
        Assert.Equal(Hex("B3 4E 01 91 81 41 A0"), Pack(new PackStreamStructure(0x4E, [1L, new List<object?> { "A" }, new Dictionary<string, object?>()])));
        Assert.Equal(Hex("DC 10 58"), Pack(new PackStreamStructure(0x58, Enumerable.Repeat<object?>(0L, 16).ToList()))[..3]);
    }

    [Fact]
    public void Graph_structures_stay_raw_structures_hydration_is_for_the_layers_above()
    {
        var node = Assert.IsType<PackStreamStructure>(Unpack(Hex("B3 4E 01 91 84 47 65 6E 65 A1 82 69 64 82 58 31")));

        Assert.Equal(0x4E, node.Signature);
        Assert.Equal([1L, new List<object?> { "Gene" }, new Dictionary<string, object?> { ["id"] = "X1" }], node.Fields);
    }

    [Fact]
    public void Unknown_structures_such_as_temporal_values_stay_generic()
    {
        // Date (0x44): days since the epoch.
        var date = Assert.IsType<PackStreamStructure>(Unpack(Hex("B1 44 C9 4C 8C")));

        Assert.Equal(0x44, date.Signature);
        Assert.Equal([19596L], date.Fields);
    }

    [Fact]
    public void Truncated_or_unknown_input_is_a_protocol_error()
    {
        Assert.Throws<ProtocolException>(() => Unpack(Hex("D0 05 41")));
        Assert.Throws<ProtocolException>(() => Unpack(Hex("C7")));
    }

    [Fact]
    public void Unsupported_dotnet_types_are_refused_clearly()
    {
        var error = Assert.Throws<ArgumentException>(() => Pack(DateTime.UnixEpoch));
        Assert.Contains("System.DateTime", error.Message);
    }
}
