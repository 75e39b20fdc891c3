using GeneGraph.Diagnostics;
using GeneGraph.Notes;

namespace GeneGraph.Extraction;

/// <summary>Runs every extractor over one note and decides whether, and about which gene, it is a gene note.</summary>
public static class NoteExtractor
{
    /// <param name="strings">Where the repeated strings of the facts are shared with those of other notes; null: not shared.</param>
    public static NoteFacts Extract(Note note, DiagnosticBag diagnostics, SharedStrings? strings = null)
    {
        var sections = NoteSection.Split(note.Document);
        var facts = new NoteFacts { Path = note.Path };
        PlotExtractor.Extract(note, sections, facts, diagnostics);
        SummaryExtractor.Extract(note, sections, facts, diagnostics);
        facts.HasGeneEvidence = facts.Plots.Count > 0 || sections.Any(s => SummaryExtractor.ParseHeading(s.Title) is not null);
        ConsensusExtractor.Extract(note, sections, facts, diagnostics);

        if (facts.HasGeneEvidence)
            ResolveSymbol(note, sections, facts, diagnostics);
        strings?.ShareIn(facts);
        return facts;
    }

    /// <summary>
    /// A note without plots or summaries whose name is a gene symbol, in a folder where most notes are gene
    /// notes (<c>GeneDump/ICAM4.md</c>, a stub waiting to be filled), is a gene note too; the name is its symbol.
    /// Its Consensus claims without a link are reported now that it is one (GG204).
    /// </summary>
    public static void PromoteStubs(IReadOnlyList<NoteFacts> notes, DiagnosticBag? diagnostics = null)
    {
        foreach (var folder in notes.GroupBy(n => FolderOf(n.Path), StringComparer.Ordinal))
        {
            var geneNotes = folder.Count(n => n.IsGeneNote);
            if (geneNotes == 0 || geneNotes * 2 <= folder.Count()) continue;
            foreach (var stub in folder.Where(n => !n.IsGeneNote && IsSymbolLike(NameOf(n.Path))))
            {
                stub.Symbol = new Located<string>(KeyFolding.Symbol(NameOf(stub.Path)), 0);
                if (diagnostics is null) continue;
                foreach (var line in stub.UnlinkedClaimLines)
                    ConsensusExtractor.ReportUnlinked(stub.Path, line, diagnostics);
            }
        }
    }

    private static void ResolveSymbol(Note note, IReadOnlyList<NoteSection> sections, NoteFacts facts, DiagnosticBag diagnostics)
    {
        var fromHeadings = sections
            .Select(s => (Section: s, Heading: SummaryExtractor.ParseHeading(s.Title)))
            .Where(x => x.Heading is not null)
            .Select(x => (x.Heading!.Value.Symbol, x.Section.Line))
            .ToList();
        var fileSymbol = note.Name.Trim();
        if (fromHeadings.Count == 0)
        {
            facts.Symbol = new Located<string>(KeyFolding.Symbol(fileSymbol), 0);
            return;
        }
        var (symbol, line) = fromHeadings[0];
        facts.Symbol = new Located<string>(KeyFolding.Symbol(symbol), line);
        foreach (var (other, otherLine) in fromHeadings.Skip(1).Where(h => !h.Symbol.Equals(symbol, StringComparison.OrdinalIgnoreCase)))
            diagnostics.Report(note.Path, otherLine, DiagnosticCode.SymbolMismatch,
                $"heading names gene {other} but line {line} names {symbol}; the note is read as {facts.Symbol.Value}");
        if (IsSymbolLike(fileSymbol) && !fileSymbol.Equals(symbol, StringComparison.OrdinalIgnoreCase))
            diagnostics.Report(note.Path, line, DiagnosticCode.SymbolMismatch,
                $"heading names gene {symbol} but the file is named {fileSymbol}; the heading wins");
    }

    /// <summary>HGNC-like: letters, digits, '-' and '@', with at least one letter.</summary>
    public static bool IsSymbolLike(string name) =>
        name.Length is > 0 and <= 30 && name.Any(char.IsAsciiLetter) && char.IsAsciiLetterOrDigit(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '@');

    private static string FolderOf(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : "";

    private static string NameOf(string path) => Path.GetFileNameWithoutExtension(path);
}
