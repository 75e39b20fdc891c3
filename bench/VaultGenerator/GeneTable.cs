using System.Globalization;
using System.Text.RegularExpressions;

namespace GeneGraph.VaultGenerator;

/// <summary>One usable row of <c>human-genes.tsv</c>: a gene with a symbol, an Ensembl id and an hg38 location.</summary>
public sealed record GeneRow(long EntrezId, string Symbol, string Name, string Type, string Chromosome, string EnsemblId, long Start, long End);

/// <summary>The reference tables of ../shared/data (see its SOURCES.md): genes and RefSeq summaries.</summary>
public sealed partial class GeneTable
{
    public IReadOnlyList<GeneRow> Genes { get; }
    public IReadOnlyDictionary<long, string> Summaries { get; }

    private GeneTable(IReadOnlyList<GeneRow> genes, IReadOnlyDictionary<long, string> summaries)
    {
        Genes = genes;
        Summaries = summaries;
    }

    private static readonly HashSet<string> MainChromosomes =
        [.. Enumerable.Range(1, 22).Select(i => i.ToString(CultureInfo.InvariantCulture)), "X", "Y", "MT"];

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]*$")]
    private static partial Regex SymbolShape();

    [GeneratedRegex(@"^ENSG\d{11}$")]
    private static partial Regex EnsemblShape();

    /// <summary>
    /// Reads both tables. Keeps genes whose symbol is symbol-shaped, with a first Ensembl id and a location on a
    /// main chromosome (1–22, X, Y, MT); symbols (case-folded) and Ensembl ids are unique in the result.
    /// The result is in the file's order, so it depends only on the files.
    /// </summary>
    public static GeneTable Load(string dataFolder)
    {
        var genes = new List<GeneRow>();
        var symbols = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ensembl = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(dataFolder, "human-genes.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 8) continue;
            var symbol = f[1];
            var ensemblId = f[6].Split(',')[0];
            if (!SymbolShape().IsMatch(symbol) || !EnsemblShape().IsMatch(ensemblId)) continue;
            if (!long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var entrez)) continue;
            GeneRow? row = null;
            foreach (var location in f[7].Split(','))
            {
                // 19:58345182-58353492:-
                var parts = location.Split(':');
                if (parts.Length < 2 || !MainChromosomes.Contains(parts[0])) continue;
                var range = parts[1].Split('-');
                if (range.Length != 2
                    || !long.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                    || !long.TryParse(range[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                    || end <= start) continue;
                row = new GeneRow(entrez, symbol, f[2], f[3], parts[0], ensemblId, start, end);
                break;
            }
            if (row is null || !symbols.Add(symbol) || !ensembl.Add(ensemblId)) continue;
            genes.Add(row);
        }

        var summaries = new Dictionary<long, string>();
        foreach (var line in File.ReadLines(Path.Combine(dataFolder, "human-refseq-summaries.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 7 || !long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var entrez)) continue;
            var text = f[6].Trim();
            if (text.Length > 0) summaries.TryAdd(entrez, text);
        }
        return new GeneTable(genes, summaries);
    }

    /// <summary>../shared/data above <paramref name="start"/> (the checkout sits beside ../shared), or null.</summary>
    public static string? FindDataFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (File.Exists(Path.Combine(candidate, "human-genes.tsv"))) return candidate;
        }
        return null;
    }
}
