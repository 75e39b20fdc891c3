using GeneGraph.Notes;
using Markdig.Syntax;

namespace GeneGraph.Tests.Notes;

public class NoteParserTests
{
    [Fact]
    public void A_note_is_parsed_with_its_path_and_name()
    {
        var result = NoteParser.Parse("Genes/LIF.md", "# Plots\n## sPAP\n");
        Assert.True(result.Parsed);
        Assert.Null(result.TooDeep);
        Assert.Equal(("Genes/LIF.md", "LIF"), (result.Note.Path, result.Note.Name));
        Assert.Equal(2, result.Note.Document.Descendants<HeadingBlock>().Count());
    }

    [Theory]
    [InlineData("> ")]
    [InlineData("- ")]
    public void Text_nested_deeper_than_markdig_allows_is_refused_with_the_reason(string opener)
    {
        var result = NoteParser.Parse("Genes/DEEP.md", string.Concat(Enumerable.Repeat(opener, 10_000)) + "x\n");
        Assert.False(result.Parsed);
        Assert.Null(result.Note);
        Assert.EndsWith($"(more than {NoteParser.Pipeline.MaximumNestingDepth} levels)", result.TooDeep, StringComparison.Ordinal);
    }
}
