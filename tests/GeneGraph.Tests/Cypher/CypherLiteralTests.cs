using GeneGraph.Cypher;

namespace GeneGraph.Tests.Cypher;

public sealed class CypherLiteralTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", @"'it\'s'")]
    [InlineData("back\\slash", @"'back\\slash'")]
    [InlineData("line\nbreak\r\n", @"'line\nbreak\r\n'")]
    [InlineData("quote \" tab\t", "'quote \\\" tab\\t'")]
    [InlineData("nul\0bell\a", @"'nul\u0000bell\u0007'")]
    [InlineData("β-catenin 🧬", "'β-catenin 🧬'")]
    [InlineData("'; MATCH (n) DETACH DELETE n; //", @"'\'; MATCH (n) DETACH DELETE n; //'")]
    public void Strings_cannot_escape_their_quotes_or_their_line(string value, string literal)
    {
        Assert.Equal(literal, CypherLiteral.Of(value));
        Assert.DoesNotContain('\n', CypherLiteral.Of(value));
    }

    [Fact]
    public void Every_character_is_escaped_or_kept_as_the_rule_says()
    {
        var all = new string([.. Enumerable.Range(0, 0x10000).Select(c => (char)c)]);
        var expected = new System.Text.StringBuilder("'");
        foreach (var c in all)
        {
            expected.Append(c switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '"' => "\\\"",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        Assert.Equal(expected.Append('\'').ToString(), CypherLiteral.Of(all));
    }

    [Fact]
    public void Surrogates_are_written_as_they_are_paired_or_not()
    {
        // every surrogate is a high or a low one: no branch of the escaping applies to them, halves included
        Assert.Equal("'\uD83E\uDDEC'", CypherLiteral.Of("\uD83E\uDDEC"));
        Assert.Equal("'a\uD800b\uDC00'", CypherLiteral.Of("a\uD800b\uDC00"));
    }

    [Fact]
    public void Numbers_keep_their_type()
    {
        Assert.Equal("1.0", CypherLiteral.Of(1.0));
        Assert.Equal("-0.41886", CypherLiteral.Of(-0.41886));
        Assert.Equal("1.2E-05", CypherLiteral.Of(1.2e-05));
        Assert.Equal("3976", CypherLiteral.Of(3976L));
    }

    [Fact]
    public void Maps_quote_their_keys_and_lists_nest()
    {
        var map = new Dictionary<string, object?> { ["id"] = "LIF", ["sources"] = new List<string> { "a.md:1", "b.md:2" }, ["odd`key"] = true };
        Assert.Equal("{`id`: 'LIF', `odd``key`: true, `sources`: ['a.md:1', 'b.md:2']}", CypherLiteral.Of(map));
    }
}
