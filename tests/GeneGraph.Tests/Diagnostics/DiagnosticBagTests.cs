using GeneGraph.Diagnostics;

namespace GeneGraph.Tests.Diagnostics;

/// <summary>Diagnostics that cannot lie: one line each whatever their text holds, and a bounded count per note.</summary>
public class DiagnosticBagTests
{
    [Theory]
    [InlineData("a\nb.md", "a\\nb.md")]
    [InlineData("a\rb.md", "a\\rb.md")]
    [InlineData("a\u001b[31mred.md", "a\\u001B[31mred.md")]
    [InlineData("a\u0085b.md", "a\\u0085b.md")]
    [InlineData("evil\u202Edm.exe", "evil\\u202Edm.exe")]
    [InlineData("a\u2066b\u2069.md", "a\\u2066b\\u2069.md")]
    [InlineData("a\u2028b.md", "a\\u2028b.md")]
    [InlineData("ünï 遺伝子 🧬.md", "ünï 遺伝子 🧬.md")]
    public void Control_and_bidi_characters_in_paths_and_messages_are_escaped(string raw, string shown)
    {
        var line = new Diagnostic(raw, 3, Severity.Warning, DiagnosticCode.PlotWithoutTrait, "message " + raw).ToString();
        Assert.Equal($"{shown}:3: warning GG104: message {shown}", line);
    }

    [Fact]
    public void More_than_the_limit_of_one_code_in_one_note_is_summed_up_in_one_line_after_that_note()
    {
        var bag = new DiagnosticBag(perNoteLimit: 3);
        for (var i = 1; i <= 10; i++) bag.Report("a.md", i, DiagnosticCode.PlotWithoutTrait, "plot");
        bag.Report("a.md", 11, DiagnosticCode.UnparseablePlotName, "name");
        bag.Report("b.md", 1, DiagnosticCode.PlotWithoutTrait, "plot");

        Assert.Equal(
            [
                "a.md:1: warning GG104: plot", "a.md:2: warning GG104: plot", "a.md:3: warning GG104: plot",
                "a.md:11: warning GG101: name", "a.md: warning GG104: … and 7 more GG104 in a.md",
                "b.md:1: warning GG104: plot",
            ],
            bag.Sorted().Select(d => d.ToString()));
        Assert.Equal(12, bag.Count);
        Assert.Equal(12, bag.CountOf(Severity.Warning));
    }
}
