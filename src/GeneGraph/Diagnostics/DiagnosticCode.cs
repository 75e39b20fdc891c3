namespace GeneGraph.Diagnostics;

/// <summary>One code per kind of problem, so that users can grep and filter them.</summary>
public sealed record DiagnosticCode(string Id, Severity DefaultSeverity, string Title)
{
    public static readonly DiagnosticCode UnreadableFile = new("GG001", Severity.Error, "the file could not be read");
    public static readonly DiagnosticCode InvalidUtf8 = new("GG002", Severity.Warning, "the file is not valid UTF-8");
    public static readonly DiagnosticCode NestedTooDeeply = new("GG003", Severity.Error, "the note nests blocks or inlines deeper, or repeats unclosed openers more often, than the Markdown parser takes in bounded time");
    public static readonly DiagnosticCode WalkStopped = new("GG004", Severity.Error, "the walk stopped early: the vault holds more notes or bytes than one run reads");
    public static readonly DiagnosticCode TablesReadAsText = new("GG010", Severity.Warning, "the note's tables hold so many cells that they are read as plain text (their links and images still count)");
    public static readonly DiagnosticCode FolderLinkNotFollowed = new("GG005", Severity.Warning, "a folder link leads to the vault itself, a folder above it, or /proc, /sys, /dev");
    public static readonly DiagnosticCode NoGeneNotes = new("GG006", Severity.Warning, "the vault holds no gene notes: the graph is empty");
    public static readonly DiagnosticCode UnparseablePlotName = new("GG101", Severity.Warning, "a plot file name does not carry r, gene and locus");
    public static readonly DiagnosticCode CorrelationOutOfRange = new("GG102", Severity.Warning, "a correlation is not a number in [-1, 1] (outside it, not a number, or infinite)");
    public static readonly DiagnosticCode LocusStartAfterEnd = new("GG103", Severity.Warning, "a locus starts after its end");
    public static readonly DiagnosticCode PlotWithoutTrait = new("GG104", Severity.Warning, "a plot stands outside a Plots section or under no trait heading");
    public static readonly DiagnosticCode PlotGeneMismatch = new("GG105", Severity.Warning, "a plot names another gene than its note");
    public static readonly DiagnosticCode EmptyTraitHeading = new("GG106", Severity.Warning, "a trait heading is empty");
    public static readonly DiagnosticCode ImageNotPlot = new("GG107", Severity.Warning, "an image under a trait heading of a Plots section is not a plot");
    public static readonly DiagnosticCode SymbolMismatch = new("GG201", Severity.Warning, "the gene symbol in a heading differs from the file name");
    public static readonly DiagnosticCode MissingNcbiGeneId = new("GG202", Severity.Warning, "an NCBI Gene summary has no gene link");
    public static readonly DiagnosticCode UnrecognisedGeneCardsSentence = new("GG203", Severity.Warning, "a GeneCards sentence was not understood");
    public static readonly DiagnosticCode ConsensusWithoutLink = new("GG204", Severity.Warning, "a Consensus claim has no consensus.app link");
    public static readonly DiagnosticCode ConflictingEdgeWeight = new("GG301", Severity.Warning, "the same edge was seen with different weights");
    public static readonly DiagnosticCode ConflictingProperty = new("GG302", Severity.Warning, "the same node property was seen with different values");
    public static readonly DiagnosticCode OppositeSigns = new("GG501", Severity.Note, "a gene's loci correlate with one trait in opposite signs");
    public static readonly DiagnosticCode EnsemblIdClaimedTwice = new("GG303", Severity.Warning, "two gene notes claim the same Ensembl gene");
    public static readonly DiagnosticCode SymbolIsAlias = new("GG401", Severity.Warning, "a gene symbol is an alias or previous symbol of a gene in the reference table");
    public static readonly DiagnosticCode PlotOfAnotherGene = new("GG402", Severity.Warning, "a plot's Ensembl id is another gene's in the reference table");
    public static readonly DiagnosticCode NcbiLinkOfAnotherGene = new("GG403", Severity.Warning, "an NCBI Gene link's id is another gene's in the reference table");
    public static readonly DiagnosticCode LocusOutsideGene = new("GG404", Severity.Warning, "a plot's locus lies outside its gene's location, beyond the margin");
    public static readonly DiagnosticCode UnreadableGeneTableRow = new("GG405", Severity.Warning, "a row of the gene reference table could not be read");
    public static readonly DiagnosticCode CurieSharedByTwoNodes = new("GG304", Severity.Warning, "two nodes have the same standard identifier");
}
