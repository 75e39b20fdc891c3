using GeneGraph.Notes;

namespace GeneGraph.Tests.Notes;

public sealed class NotePreScanTests
{
    [Fact]
    public void A_line_of_more_pipes_than_any_table_has_columns_is_refused()
    {
        var refusal = NotePreScan.Refusal("# Plots\n" + new string('|', NotePreScan.MaxPipesPerLine + 1) + "\n");
        Assert.NotNull(refusal);
        Assert.StartsWith("line 2 holds more than 10,000 table cell separators", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wide_and_long_table_passes()
    {
        var row = "|" + string.Concat(Enumerable.Repeat(" x |", 500)) + "\n";
        var table = row + "|" + string.Concat(Enumerable.Repeat(" --- |", 500)) + "\n" + string.Concat(Enumerable.Repeat(row, 2_000));
        Assert.Null(NotePreScan.Refusal(table));
    }
}
