using GeneGraph.Notes;
using GeneGraph.Diagnostics;
using GeneGraph.Pipeline;
using Markdig;
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

    [Fact]
    public void Markdig_still_refuses_deep_nesting_with_the_exception_the_parser_recognises()
    {
        // Straight to Markdig, past the pre-scan: the refusal NoteParser turns into GG003 when a shape slips past it.
        var e = Assert.Throws<ArgumentException>(() => Markdown.Parse(string.Concat(Enumerable.Repeat("> ", 10_000)) + "x\n", NoteParser.Pipeline));
        Assert.True(NoteParser.IsMarkdigNestingLimit(e), e.Message);
        Assert.False(NoteParser.IsMarkdigNestingLimit(new ArgumentOutOfRangeException("x", NoteParser.MarkdigNestingMessage)));
    }

    [Fact]
    public void An_ordinary_table_stays_a_table()
    {
        var result = NoteParser.Parse("Genes/LIF.md", "| gene | r |\n| --- | --- |\n| [[LIF]] | 0.5 |\n");
        Assert.False(result.TablesAsText);
        Assert.Single(result.Note!.Document.Descendants<Markdig.Extensions.Tables.Table>());
    }

    [Fact]
    public void A_table_of_more_cells_than_pipe_tables_take_in_bounded_time_is_read_as_text_and_its_plots_and_links_still_count()
    {
        var rows = NotePreScan.MaxTableSeparators / 3 + 1; // "| a | b |": three separators a row
        var text = "# Plots\n## sPAP\n| plot | gene |\n| --- | --- |\n| ![[X0.5_ENSG00000128342_chr22.1.2.png]] | [[LIF]] |\n"
            + string.Concat(Enumerable.Repeat("| a | b |\n", rows));
        var diagnostics = new DiagnosticBag();

        var facts = VaultGraph.ExtractNote("Genes/LIF.md", text, diagnostics);

        var d = Assert.Single(diagnostics.Sorted());
        Assert.True(NoteParser.Parse("Genes/LIF.md", text).TablesAsText);
        Assert.Equal((DiagnosticCode.TablesReadAsText, "Genes/LIF.md"), (d.Code, d.Path));
        Assert.Contains("more than 200,000 table cell separators", d.Message, StringComparison.Ordinal);
        var plot = Assert.Single(facts.Plots);
        Assert.Equal(("sPAP", "ENSG00000128342"), (plot.Trait.Value, plot.Name.EnsemblId));
    }
}
