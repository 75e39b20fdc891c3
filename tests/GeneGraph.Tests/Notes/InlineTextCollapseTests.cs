using FsCheck;
using FsCheck.Fluent;
using GeneGraph.Notes;

namespace GeneGraph.Tests.Notes;

/// <summary>
/// <see cref="InlineText.Collapse"/> is one pass over the text; it must give what its definition says: CRLF as LF,
/// every line trimmed, joined by LF, the empty lines at either end dropped.
/// </summary>
public sealed class InlineTextCollapseTests
{
    private static string ByDefinition(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim())).Trim('\n');

    // Lines of letters, spaces, tabs, CRs, non-breaking spaces and empty lines: the shapes the trimming is about.
    private static Gen<string> Texts() =>
        Gen.Elements('a', 'b', ' ', '\t', '\r', '\n', '\n', '\u00a0', '.', 'é').ArrayOf().Select(chars => new string(chars));

    [Fact]
    public void Collapse_gives_each_line_trimmed_without_empty_lines_at_either_end() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(Arb.From(Texts()), (string text) =>
            Assert.Equal(ByDefinition(text), InlineText.Collapse(text))));

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("  a  \r\n\r\n b\n\n")]
    [InlineData("\n a\n\n\nb \n")]
    [InlineData("plain text, already collapsed")]
    public void Collapse_of_these_texts_is_their_definition(string text) => Assert.Equal(ByDefinition(text), InlineText.Collapse(text));

    [Fact]
    public void A_text_already_collapsed_is_returned_as_it_is()
    {
        var text = "first line\n\nsecond line";
        Assert.Same(text, InlineText.Collapse(text));
    }
}
