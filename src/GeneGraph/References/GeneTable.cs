using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using CsvHelper.Configuration;
using GeneGraph.Diagnostics;
using GeneGraph.Extraction;

namespace GeneGraph.References;

/// <summary>
/// A reference table of human genes (<c>--gene-table</c>, docs/gene-checks.md): tab-separated with a header naming
/// at least <c>entrez_id</c>, <c>symbol</c>, <c>ensembl_gene_ids</c>, <c>ucsc_hg38_locations</c> and <c>aliases</c>
/// (lists comma-separated, locations <c>19:58345182-58353492:-</c>), the shape of NCBI's gene_info as org.Hs.eg.db
/// gives it. Looked up by symbol, alias, Entrez id and Ensembl id.
/// </summary>
public sealed class GeneTable
{
    private static readonly string[] RequiredColumns = ["entrez_id", "symbol", "ensembl_gene_ids", "ucsc_hg38_locations", "aliases"];

    private readonly Dictionary<string, ReferenceGene> _bySymbol = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, ReferenceGene> _byEntrez = [];
    private readonly Dictionary<string, List<ReferenceGene>> _byEnsembl = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<ReferenceGene>> _byAlias = new(StringComparer.OrdinalIgnoreCase);

    public int Count => _byEntrez.Count;

    public ReferenceGene? BySymbol(string symbol) => _bySymbol.GetValueOrDefault(symbol);

    public ReferenceGene? ByEntrez(long entrezId) => _byEntrez.GetValueOrDefault(entrezId);

    public IReadOnlyList<ReferenceGene> ByEnsembl(string ensemblId) => _byEnsembl.GetValueOrDefault(ensemblId) ?? [];

    /// <summary>The genes that list <paramref name="alias"/> among their aliases (NCBI's synonyms include previous symbols).</summary>
    public IReadOnlyList<ReferenceGene> ByAlias(string alias) => _byAlias.GetValueOrDefault(alias) ?? [];

    /// <summary>
    /// Reads the table at <paramref name="path"/>; a row that cannot be read is reported (GG405, with the table's
    /// path and line) and skipped. Throws <see cref="InvalidDataException"/> when the header lacks a required column.
    /// </summary>
    public static GeneTable Load(string path, DiagnosticBag diagnostics)
    {
        using var reader = new StreamReader(path);
        return Load(reader, path, diagnostics);
    }

    /// <summary>The name that picks the table shipped inside GeneGraph (<c>--gene-table builtin</c>).</summary>
    public const string BuiltInName = "builtin";

    private const string BuiltInResource = "GeneGraph.References.Resources.human-genes.tsv.gz";

    /// <summary>
    /// The compact table shipped inside GeneGraph: 77,614 human genes of NCBI Gene (2022-09-12, via org.Hs.eg.db
    /// 3.16.0), the columns the checks read, derived by scripts/make-gene-table.py.
    /// </summary>
    public static GeneTable LoadBuiltIn(DiagnosticBag diagnostics)
    {
        var assembly = typeof(GeneTable).Assembly;
        using var compressed = assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"resource {BuiltInResource} is missing from {assembly.GetName().Name}");
        using var text = new StreamReader(new GZipStream(compressed, CompressionMode.Decompress));
        return Load(text, BuiltInName, diagnostics);
    }

    public static GeneTable Load(TextReader text, string name, DiagnosticBag diagnostics)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = "\t",
            Mode = CsvMode.NoEscape, // gene names carry quotes (5'-nucleotidase); a TSV field has no quoting
            BadDataFound = null,
            MissingFieldFound = null,
        };
        using var csv = new CsvReader(text, configuration);
        if (!csv.Read() || !csv.ReadHeader())
            throw new InvalidDataException($"{name}: the gene table is empty; it needs a header with {string.Join(", ", RequiredColumns)}");
        var missing = RequiredColumns.Where(c => !csv.HeaderRecord!.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
            throw new InvalidDataException($"{name}: the gene table's header has no {string.Join(", ", missing)} column");
        var table = new GeneTable();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (!long.TryParse(csv.GetField("entrez_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var entrez)
                || csv.GetField("symbol") is not { Length: > 0 } symbol)
            {
                diagnostics.Report(name, line, DiagnosticCode.UnreadableGeneTableRow, "the row has no Entrez id or no symbol; it is skipped");
                continue;
            }
            table.Add(new ReferenceGene(entrez, symbol, List(csv.GetField("ensembl_gene_ids")), List(csv.GetField("aliases")),
                List(csv.GetField("ucsc_hg38_locations")).Select(ParseLocation).OfType<Locus>().ToList()));
        }
        return table;
    }

    private void Add(ReferenceGene gene)
    {
        _byEntrez.TryAdd(gene.EntrezId, gene);
        _bySymbol.TryAdd(gene.Symbol, gene);
        foreach (var ensembl in gene.EnsemblIds) Append(_byEnsembl, ensembl, gene);
        foreach (var alias in gene.Aliases) Append(_byAlias, alias, gene);
    }

    private static void Append(Dictionary<string, List<ReferenceGene>> index, string key, ReferenceGene gene)
    {
        if (!index.TryGetValue(key, out var genes)) index[key] = genes = [];
        genes.Add(gene);
    }

    private static string[] List(string? field) =>
        string.IsNullOrWhiteSpace(field) ? [] : field.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary><c>19:58345182-58353492:-</c> on a primary chromosome; null for alternate haplotypes (<c>6_GL000252v2_alt</c>).</summary>
    private static Locus? ParseLocation(string text)
    {
        var parts = text.Split(':');
        if (parts.Length < 2 || Locus.NormaliseChromosome(parts[0]) is not { } chrom) return null;
        var range = parts[1].Split('-');
        return range.Length == 2
               && long.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
               && long.TryParse(range[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            ? new Locus(chrom, start, end)
            : null;
    }
}
