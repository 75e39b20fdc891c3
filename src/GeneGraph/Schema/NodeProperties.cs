namespace GeneGraph.Schema;

/// <summary>
/// The properties of nodes, each declared once; <see cref="GraphSchema.Nodes"/> says which labels have which.
/// Every node also has <see cref="GraphSchema.Key"/> and <see cref="GraphSchema.Sources"/>.
/// </summary>
public static class NodeProperties
{
    // Gene
    public static readonly Property<string> Symbol = new("symbol", "the HGNC symbol as the gene note or a paralog list writes it");
    public static readonly Property<string> EnsemblId = new("ensemblId", "the Ensembl gene id, unversioned (ENSG00000128342)");
    public static readonly Property<long> NcbiGeneId = new("ncbiGeneId", "the NCBI Gene id, from the NCBI summary's gene link");
    public static readonly Property<string> FullName = new("fullName", "the full name GeneCards gives the gene");
    public static readonly Property<string> Biotype = new("biotype", "GeneCards' words between \"is a(n)\" and \"gene\": Protein Coding, RNA, Pseudogene, ...");
    public static readonly Property<string> RnaClass = new("rnaClass", "the RNA class GeneCards names for an RNA gene (lncRNA)");
    public static readonly Property<string> NcbiSummary = new("ncbiSummary", "the text of the note's NCBI Gene summary");
    public static readonly Property<string> GeneCardsSummary = new("geneCardsSummary", "the text of the note's GeneCards summary");
    public static readonly Property<string> UniProtSummary = new("uniProtSummary", "the text of the note's UniProtKB/Swiss-Prot summary");

    // Locus
    public static readonly Property<string> Chrom = new("chrom", "the chromosome (chr22)");
    public static readonly Property<long> Start = new("start", "the first base of the locus");
    public static readonly Property<long> End = new("end", "the last base of the locus");

    // Trait, Pathway, Disease, GoTerm
    public static readonly Property<string> Name = new("name", "the name as the note writes it (a trait's is its heading text)");

    // Pathway, Disease, Paper
    public static readonly Property<string> Url = new("url", "the link the note gives (PathCards, MalaCards, the cited paper)");

    // Paper
    public static readonly Property<string> Slug = new("slug", "the title slug of the consensus.app link");
    public static readonly Property<string> Question = new("question", "the question the Consensus search asked");
    public static readonly Property<string> Title = new("title", "the paper's title, from the reference the claim cites (APA style: authors (year). title. journal)");

    // Every label: standard identifiers beside the key (docs/graph-model.md#standard-identifiers)
    public static readonly Property<string> Curie = new("curie", "the preferred standard identifier, a CURIE with a Biolink-spelled prefix (NCBIGene:3976), else a documented genegraph.* one");
    public static readonly Property<IReadOnlyList<string>> Xrefs = new("xrefs", "every other identifier the notes give: CURIEs (ENSEMBL:ENSG00000128342) and card or paper URLs");
}
