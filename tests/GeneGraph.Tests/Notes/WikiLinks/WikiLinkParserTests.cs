using GeneGraph.Notes;
using GeneGraph.Notes.WikiLinks;
using GeneGraph.Tests.TestSupport;
using Markdig.Syntax.Inlines;

namespace GeneGraph.Tests.Notes.WikiLinks;

public class WikiLinkParserTests
{
    private static List<WikiLinkInline> Links(string text) =>
        MarkdownWalk.Inlines(NoteParser.Parse("n.md", text).Note!.Document).OfType<WikiLinkInline>().ToList();

    private static WikiLinkInline Single(string text) => Assert.Single(Links(text));

    [Fact]
    public void Embed_with_size()
    {
        var link = Single("![[X0.5_ENSG00000128342_chr22.1.2.png|400]]");
        Assert.True(link.IsEmbed);
        Assert.Equal("X0.5_ENSG00000128342_chr22.1.2.png", link.Target);
        Assert.Equal("X0.5_ENSG00000128342_chr22.1.2.png", link.FileName);
        Assert.Equal("400", link.Alias);
    }

    [Fact]
    public void Embed_in_sub_folder_keeps_the_folder_in_the_target_and_not_in_the_file_name()
    {
        var link = Single("![[sub/folder/X0.5_ENSG00000128342_chr22.1.2.png]]");
        Assert.True(link.IsEmbed);
        Assert.Equal("sub/folder/X0.5_ENSG00000128342_chr22.1.2.png", link.Target);
        Assert.Equal("X0.5_ENSG00000128342_chr22.1.2.png", link.FileName);
    }

    [Theory]
    [InlineData("See [[LIF]].", "LIF", null, null)]
    [InlineData("See [[LIF|alias]].", "LIF", null, "alias")]
    [InlineData("See [[LIF#Info]].", "LIF", "Info", null)]
    [InlineData("See [[LIF#Info|the info]].", "LIF", "Info", "the info")]
    [InlineData("| [[ECM1 ]] | x |\n| --- | --- |\n", "ECM1", null, null)]
    [InlineData("See [[ECM1 ]].", "ECM1", null, null)]
    [InlineData("See [[LiteratureResearch/GeneDump/SPRY2]].", "LiteratureResearch/GeneDump/SPRY2", null, null)]
    [InlineData("See [[X | alias]].", "X", null, "alias")]
    public void Wikilinks_parse_to_their_parts(string text, string target, string? heading, string? alias)
    {
        var link = Single(text);
        Assert.False(link.IsEmbed);
        Assert.Equal(target, link.Target);
        Assert.Equal(heading, link.Heading);
        Assert.Equal(alias, link.Alias);
    }

    [Fact]
    public void Folder_link_file_name_is_the_note_name() =>
        Assert.Equal("SPRY2", Single("[[LiteratureResearch/GeneDump/SPRY2]]").FileName);

    [Fact]
    public void Wikilink_with_pipe_inside_a_table_row_is_one_link_and_the_row_keeps_its_cells()
    {
        const string table =
            "| Gene | Name | Id |\n" +
            "| --- | --- | --- |\n" +
            "| [[SPRY2]] | Sprouty 2 | ENSG00000136158 |\n" +
            "| [[CheckTop | top hits]] | x | y |\n" +
            "| [[LiteratureResearch/GeneDump/EGR1]] | Early Growth Response 1 | ENSG00000120738 |\n" +
            "| [[ECM1 ]] | Extracellular Matrix Protein 1 | ENSG00000143369 |\n";
        var document = NoteParser.Parse("t.md", table).Note!.Document;
        var tableBlock = Assert.Single(document.OfType<Markdig.Extensions.Tables.Table>());
        Assert.All(tableBlock.OfType<Markdig.Extensions.Tables.TableRow>(), row => Assert.Equal(3, row.Count));

        var links = MarkdownWalk.Inlines(document).OfType<WikiLinkInline>().ToList();
        Assert.Equal(["SPRY2", "CheckTop", "LiteratureResearch/GeneDump/EGR1", "ECM1"], links.Select(l => l.Target));
        Assert.Equal("top hits", links[1].Alias);
        Assert.Equal([3, 4, 5, 6], links.Select(l => l.Line + 1));
    }

    [Theory]
    [InlineData("```bash\nls [[ -f x ]] && echo [[LIF]]\n![[X0.5_ENSG00000128342_chr22.1.2.png]]\n```\n")]
    [InlineData("```\n[[LIF]]\n```\n")]
    [InlineData("~~~\n![[X0.5_ENSG00000128342_chr22.1.2.png]]\n~~~\n")]
    [InlineData("    [[LIF]] indented code\n")]
    [InlineData("Run `if [[ -n $x ]]; then` or `![[X0.5_ENSG00000128342_chr22.1.2.png]]`.\n")]
    [InlineData("``[[LIF]]``\n")]
    public void Nothing_inside_code_is_a_link(string text) => Assert.Empty(Links(text));

    [Fact]
    public void Empty_brackets_are_no_link()
    {
        Assert.Empty(Links("[[]]"));
        Assert.Empty(Links("[[ ]]"));
    }

    [Fact]
    public void Link_in_a_callout_and_after_front_matter_keeps_its_line()
    {
        const string text = "---\naliases: [x]\ntags: [gene]\n---\n> [!note]\n> See [[LIF]] here.\n";
        var link = Single(text);
        Assert.Equal("LIF", link.Target);
        Assert.Equal(6, link.Line + 1);
    }

    [Fact]
    public void Front_matter_is_not_text()
    {
        const string text = "---\naliases: [\"[[LIF]]\"]\n---\nbody\n";
        Assert.Empty(Links(text));
    }

    [Fact]
    public void Markdown_images_are_links_not_wikilinks()
    {
        var document = NoteParser.Parse("n.md", "![alt](name.png) and ![alt](<name with spaces.png>)").Note!.Document;
        var images = MarkdownWalk.Inlines(document).OfType<LinkInline>().Where(l => l.IsImage).Select(l => l.Url).ToList();
        Assert.Equal(["name.png", "name with spaces.png"], images);
        Assert.Empty(MarkdownWalk.Inlines(document).OfType<WikiLinkInline>());
    }

    [Fact]
    public void Several_links_on_one_line_keep_their_order()
    {
        var links = Links("[[A]], [[B|b]] and ![[C.png|200]]");
        Assert.Equal(["A", "B", "C.png"], links.Select(l => l.Target));
        Assert.Equal([false, false, true], links.Select(l => l.IsEmbed));
    }

    [Fact]
    public void Plot_embeds_in_code_make_no_plot()
    {
        var (facts, diagnostics) = TestNotes.Extract(
            "# Plots\n## sPAP\n```\n![[X0.5_ENSG00000128342_chr22.1.2.png]]\n```\n`![[X0.6_ENSG00000128342_chr22.1.2.png]]`\n");
        Assert.Empty(facts.Plots);
        Assert.Empty(diagnostics);
    }
}
