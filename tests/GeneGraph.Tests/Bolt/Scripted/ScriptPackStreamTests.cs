namespace GeneGraph.Tests.Bolt.Scripted;

/// <summary>The scripted server's own PackStream codec against byte strings from the PackStream specification.</summary>
public sealed class ScriptPackStreamTests
{
    private static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    private static byte[] Pack(object? value)
    {
        var writer = new ScriptPackStreamWriter();
        writer.Write(value);
        return writer.ToArray();
    }

    private static object? Unpack(string hex)
    {
        var reader = new ScriptPackStreamReader(Hex(hex));
        var value = reader.Read();
        Assert.True(reader.IsAtEnd);
        return value;
    }

    [Theory]
    [InlineData(1L, "01")]
    [InlineData(-16L, "F0")]
    [InlineData(-17L, "C8 EF")]
    [InlineData(128L, "C9 00 80")]
    [InlineData(-129L, "C9 FF 7F")]
    [InlineData(32_768L, "CA 00 00 80 00")]
    [InlineData(2_147_483_648L, "CB 00 00 00 00 80 00 00 00")]
    [InlineData(long.MinValue, "CB 80 00 00 00 00 00 00 00")]
    public void Integers_pack_to_the_spec_bytes_and_back(long value, string hex)
    {
        Assert.Equal(Hex(hex), Pack(value));
        Assert.Equal(value, Unpack(hex));
    }

    [Fact]
    public void Scalars_strings_and_bytes()
    {
        Assert.Equal(Hex("C0 C3 C2"), Pack(null).Concat(Pack(true)).Concat(Pack(false)).ToArray());
        Assert.Equal(Hex("C1 3F F1 99 99 99 99 99 9A"), Pack(1.1));
        Assert.Equal(1.1, Unpack("C1 3F F1 99 99 99 99 99 9A"));
        Assert.Equal(Hex("84 47 65 6E 65"), Pack("Gene"));
        Assert.Equal("Größen", Unpack("D0 08 47 72 C3 B6 C3 9F 65 6E"));
        Assert.Equal(Hex("D1 01 00"), Pack(new string('a', 256))[..3]);
        Assert.Equal(new byte[] { 1, 2 }, Unpack("CC 02 01 02"));
    }

    [Fact]
    public void Lists_maps_and_structures()
    {
        Assert.Equal(Hex("93 01 02 03"), Pack(new List<object?> { 1L, 2L, 3L }));
        Assert.Equal(new List<object?> { 1L, "x" }, Unpack("D4 02 01 81 78"));
        Assert.Equal(Hex("A1 83 6F 6E 65 84 65 69 6E 73"), Pack(new Dictionary<string, object?> { ["one"] = "eins" }));
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1L }, Unpack("D8 01 81 61 01"));
        Assert.Equal(Hex("B1 70 A0"), Pack(new ScriptStructure(0x70, [new Dictionary<string, object?>()])));
        var run = Assert.IsType<ScriptStructure>(Unpack("B2 10 88 52 45 54 55 52 4E 20 31 A0"));
        Assert.Equal(((byte)0x10, (object?)"RETURN 1"), (run.Signature, run.Fields[0]));
    }

    [Fact]
    public void Input_that_runs_past_the_message_is_refused() =>
        Assert.Throws<InvalidDataException>(() => Unpack("D0 05 41"));
}
