using System.Globalization;
using GeneGraph.Diagnostics;
using GeneGraph.Extraction;
using GeneGraph.Graph;
using GeneGraph.Notes;
using GeneGraph.Vault;

namespace GeneGraph.Pipeline;

/// <summary>
/// The whole path: notes (read from a vault folder, or given in memory) → Markdig → facts → stub promotion →
/// graph. Notes are read, parsed and extracted in parallel and merged in path order.
/// </summary>
public static class VaultGraph
{
    /// <summary>
    /// The graph of the vault in <paramref name="vaultFolder"/>, read within <paramref name="limits"/> (default
    /// <see cref="VaultLimits.Default"/>); notes that cannot be read are reported and skipped.
    /// </summary>
    /// <param name="cache">Where notes that have not changed since an earlier run take their facts from (then it is
    /// saved); null: every note is read and parsed.</param>
    /// <exception cref="NoteFailedException">A bug met while parsing or extracting a note.</exception>
    public static VaultGraphResult Build(string vaultFolder, VaultLimits? limits = null, NoteCache? cache = null)
    {
        limits ??= VaultLimits.Default;
        var diagnostics = new DiagnosticBag();
        var files = VaultReader.FindNotes(vaultFolder, diagnostics, limits).AsParallel().AsOrdered();
        VaultGraphResult result;
        if (cache is null)
        {
            result = Build(files.Select(f => VaultReader.Read(f.Path, f.FullPath, diagnostics, limits.MaxNoteBytes)).OfType<VaultFile>(), diagnostics);
        }
        else
        {
            var facts = files.Select(f => cache.Extract(f, diagnostics, limits.MaxNoteBytes)).OfType<NoteFacts>().ToList();
            var saved = Task.Run(cache.Save); // on the core the merge leaves idle
            result = Merge(facts, diagnostics);
            saved.GetAwaiter().GetResult();
        }
        if (result.GeneNotes == 0)
            diagnostics.Report(".", 0, DiagnosticCode.NoGeneNotes,
                $"no gene note among the {result.NotesRead} note(s) read, so the graph is empty (a gene note is named after its gene " +
                "and holds its summaries or a Plots section; see examples/vault)");
        return result;
    }

    /// <summary>The graph of notes given in memory: the steps of <see cref="Build(string, VaultLimits, NoteCache)"/> without the disk.</summary>
    public static VaultGraphResult Build(IEnumerable<VaultFile> notes, DiagnosticBag diagnostics) =>
        Build(notes.AsParallel().AsOrdered(), diagnostics);

    /// <summary>One note's facts: parsed and extracted, before stub promotion and the graph.</summary>
    /// <remarks>A note refused by the pre-scan or by Markdig as nested too deeply is reported (GG003) and yields no facts.</remarks>
    /// <param name="strings">Where the strings that notes repeat are shared across the notes of one read (<see cref="SharedStrings"/>); null: not shared.</param>
    /// <exception cref="NoteFailedException">A bug met while parsing or extracting the note, naming it.</exception>
    public static NoteFacts ExtractNote(string path, string text, DiagnosticBag diagnostics, SharedStrings? strings = null)
    {
        try
        {
            if (Environment.GetEnvironmentVariable(NoteFailedException.InjectionVariable) == path)
                throw new InvalidOperationException($"failure injected by {NoteFailedException.InjectionVariable}");
            var parsed = NoteParser.Parse(path, text);
            if (parsed.Parsed)
            {
                if (parsed.TablesAsText)
                    diagnostics.Report(path, 0, DiagnosticCode.TablesReadAsText,
                        $"the note holds more than {NotePreScan.MaxTableSeparators.ToString("N0", CultureInfo.InvariantCulture)} table cell separators (|): its tables are read as lines of text; the links and images in their cells are read as in any text");
                return NoteExtractor.Extract(parsed.Note, diagnostics, strings);
            }
            diagnostics.Report(path, 0, DiagnosticCode.NestedTooDeeply, $"the note is not read: {parsed.TooDeep}");
            return new NoteFacts { Path = path };
        }
        catch (Exception e) when (e is not (NoteFailedException or OutOfMemoryException))
        {
            throw new NoteFailedException(path, e);
        }
    }

    private static VaultGraphResult Build(ParallelQuery<VaultFile> files, DiagnosticBag diagnostics) =>
        Merge(ExtractAll(files, diagnostics), diagnostics);

    // A method of its own so that the index of shared strings is garbage before the graph is built: a method run once
    // runs as unoptimised code, which keeps its locals (and the query holding the index) alive to its end.
    private static List<NoteFacts> ExtractAll(ParallelQuery<VaultFile> files, DiagnosticBag diagnostics)
    {
        var strings = new SharedStrings();
        return files.Select(f => ExtractNote(f.Path, f.Text, diagnostics, strings)).ToList();
    }

    /// <summary>The steps after extraction: stub promotion (which sets the symbol of promoted notes) and the graph.</summary>
    /// <param name="facts">Every note's facts in path order, as <see cref="VaultReader.FindNotes"/> lists them.</param>
    internal static VaultGraphResult Merge(List<NoteFacts> facts, DiagnosticBag diagnostics)
    {
        NoteExtractor.PromoteStubs(facts, diagnostics);
        var graph = new GraphBuilder(diagnostics).Build(facts);
        return new VaultGraphResult(graph, facts, diagnostics);
    }
}
