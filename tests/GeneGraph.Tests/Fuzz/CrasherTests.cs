using GeneGraph.Diagnostics;
using GeneGraph.Fuzz;
using GeneGraph.Pipeline;

namespace GeneGraph.Tests.Fuzz;

/// <summary>
/// Every input the fuzzer (fuzz/run.sh) found to crash note parsing and extraction, kept in Fuzz/crashers and
/// replayed through the fuzz target itself (<see cref="NoteTarget"/>): each must now run through.
/// </summary>
public class CrasherTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fuzz", "crashers");

    public static TheoryData<string> Crashers()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal))
            data.Add(file!);
        return data;
    }

    [Fact]
    public void The_crashers_folder_is_not_empty() => Assert.NotEmpty(Crashers());

    [Theory]
    [MemberData(nameof(Crashers))]
    public void Crasher_runs_through_the_fuzz_target(string file) =>
        NoteTarget.Run(File.ReadAllBytes(Path.Combine(Folder, file)));

    [Fact]
    public void A_summary_link_with_an_empty_url_is_not_a_crash()
    {
        var diagnostics = new DiagnosticBag();
        var facts = VaultGraph.ExtractNote("Genes/LIF.md", "### NCBI Gene Summary for LIF Gene\n\n[a]()\n\nText.\n", diagnostics);
        Assert.Equal("LIF", facts.Symbol?.Value);
        Assert.Equal("a\n\nText.", facts.NcbiSummary?.Value); // a link to nowhere is text, not a gene link
    }

    [Fact]
    public void Nesting_deeper_than_markdig_allows_is_a_diagnostic_naming_the_note()
    {
        var diagnostics = new DiagnosticBag();
        var facts = VaultGraph.ExtractNote("Genes/DEEP.md", string.Concat(Enumerable.Repeat("> ", 200)) + "x\n", diagnostics);
        Assert.False(facts.IsGeneNote);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCode.NestedTooDeeply, d.Code);
        Assert.Equal("Genes/DEEP.md", d.Path);
    }
}
