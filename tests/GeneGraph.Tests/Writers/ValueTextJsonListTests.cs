using System.Text.Encodings.Web;
using System.Text.Json;
using GeneGraph.Graph;
using GeneGraph.Writers;

namespace GeneGraph.Tests.Writers;

/// <summary>ValueText writes plain JSON list text itself; it must be the serializer's text to the byte.</summary>
public sealed class ValueTextJsonListTests
{
    private static readonly JsonSerializerOptions Serializer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> Texts()
    {
        var texts = new TheoryData<string>
        {
            "", "genes/LIF.md", "a b<c>&'+`~", "quote\"", "back\\slash", "tab\t", "nl\n", "nul\0", "del\u007F",
            "é", "\u2028", "\uFEFF", "\uFFFD", "😀", "lone \uD800", "lone \uDC00 low", "ctrl\u0085",
        };
        for (var c = 0; c < 0x80; c++) texts.Add("x" + (char)c + "y");
        return texts;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void JSON_list_is_the_serializers_text(string text)
    {
        string[] values = [text, "plain", text];
        Assert.Equal(JsonSerializer.Serialize(values, Serializer), ValueText.JsonList(values));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void JSON_source_list_is_the_JSON_list_of_the_source_texts(string path)
    {
        var sources = new SourceList();
        sources.Add(new SourceRef(path, 0));
        sources.Add(new SourceRef(path, 12));
        sources.Add(new SourceRef("genes/A.md", 3));
        Assert.Equal(JsonSerializer.Serialize(sources.Select(s => s.ToString()).ToArray(), Serializer), ValueText.JsonSourceList(sources));
    }

    [Fact]
    public void Empty_lists_are_empty_arrays()
    {
        Assert.Equal("[]", ValueText.JsonList([]));
        Assert.Equal("[]", ValueText.JsonSourceList(new SourceList()));
    }

    [Fact]
    public void Source_list_keeps_distinct_sources_in_path_then_line_order()
    {
        var sources = new SourceList();
        foreach (var (path, line) in new[] { ("b.md", 2), ("a.md", 9), ("b.md", 1), ("a.md", 9), ("c.md", 0) })
            sources.Add(new SourceRef(path, line));
        Assert.Equal(["a.md:9", "b.md:1", "b.md:2", "c.md"], sources.Select(s => s.ToString()));
        Assert.Equal(new SourceRef("a.md", 9), sources.Min);
        Assert.Equal(4, sources.Count);
    }
}
