using GeneGraph.Diagnostics;
using GeneGraph.Enrichment;
using GeneGraph.Queries;
using GeneGraph.Tests.TestSupport;
using static GeneGraph.Tests.Enrichment.EnrichmentVault;

namespace GeneGraph.Tests.Enrichment;

/// <summary>A vault built to hold each case of a gene's loci and one trait's signs.</summary>
public sealed class SignConflictTests : IDisposable
{
    private static readonly (string Path, string Text)[] Cases = GeneNotes(
        new Gene("OPPOSITE", 1, [("T", 0.5, 1), ("T", -0.3, 2)], []),
        new Gene("SAMESIGN", 2, [("T", 0.5, 1), ("T", 0.2, 2)], []),
        new Gene("SPLIT", 3, [("T", 0.5, 1), ("U", -0.4, 2)], []),
        new Gene("ZERO", 4, [("T", 0.0, 1), ("T", -0.4, 2)], []),
        new Gene("THREE", 5, [("U", 0.1, 1), ("U", 0.7, 2), ("U", -0.6, 3)], []),
        new Gene("SINGLE", 6, [("T", -0.9, 1)], []));

    private readonly TempVault _vault = new();

    public void Dispose() => _vault.Dispose();

    [Fact]
    public void Only_genes_with_loci_of_both_signs_for_one_trait_are_conflicts()
    {
        var (graph, _, _) = TestNotes.Build(Cases);
        var conflicts = SignConflicts.Find(graph);
        Assert.Equal(["T OPPOSITE 1+ 1-", "U THREE 2+ 1-"], conflicts.Select(c => $"{c.Trait.Key} {c.Gene.Key} {c.Positive}+ {c.Negative}-"));

        var answer = GraphQuestions.Answer(graph, Question.SignConflicts, new QuestionParameters());
        Assert.Equal(["trait", "gene", "loci", "positive", "negative", "minR", "maxR"], answer.Columns);
        Assert.Equal([["T", "OPPOSITE", 2L, 1L, 1L, -0.3, 0.5], ["U", "THREE", 3L, 2L, 1L, -0.6, 0.7]], answer.Rows);
        Assert.Single(GraphQuestions.Answer(graph, Question.SignConflicts, new QuestionParameters { Trait = "U" }).Rows);
    }

    [Fact]
    public void Check_lists_each_conflict_as_a_note_that_does_not_fail_strict()
    {
        foreach (var (path, text) in Cases) _vault.Write(path, text);
        var run = GeneGraphProcess.Run("check", _vault.Root, "--strict");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var notes = run.Stderr.Split('\n').Where(l => l.Contains(" note GG501: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, notes.Count);
        Assert.StartsWith(TestNotes.GeneDump + "OPPOSITE.md:3: note GG501: OPPOSITE's loci correlate with T in opposite signs", notes[0], StringComparison.Ordinal);
        Assert.Contains("THREE's loci correlate with U in opposite signs (2 positive, 1 negative)", notes[1], StringComparison.Ordinal);
        Assert.Contains("0 error(s), 0 warning(s), 2 note(s)", run.Stdout, StringComparison.Ordinal);

        var query = GeneGraphProcess.Run("query", _vault.Root, "sign-conflicts", "--format", "csv");
        Assert.Equal(0, query.ExitCode);
        Assert.Equal(["trait,gene,loci,positive,negative,minR,maxR", "T,OPPOSITE,2,1,1,-0.3,0.5", "U,THREE,3,2,1,-0.6,0.7"],
            query.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void A_note_is_printed_as_a_note()
    {
        var note = new Diagnostic("a.md", 3, Severity.Note, DiagnosticCode.OppositeSigns, "m");
        Assert.Equal("a.md:3: note GG501: m", note.ToString());
    }
}
