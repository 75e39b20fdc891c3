using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GeneGraph.VaultGenerator;

public sealed record GeneratorOptions(int Genes, int Traits, ulong Seed, string Output);

/// <summary>What a generated vault holds: the counts the graph of the vault must show.</summary>
public sealed record VaultManifest
{
    public int Seed { get; init; }
    public int GeneNotes { get; init; }
    public int OtherNotes { get; init; }
    public int Traits { get; init; }
    public int Plots { get; init; }
    public int Loci { get; init; }
    public int Diseases { get; init; }
    public int SharedDiseases { get; init; }
    public int AssociatedWith { get; init; }
    public int Pathways { get; init; }
    public int SharedPathways { get; init; }
    public int InPathway { get; init; }
    public int GoTerms { get; init; }
    public int HasGoAnnotation { get; init; }
    public int Papers { get; init; }
    public int Mentions { get; init; }
    public int ParalogOf { get; init; }
    public long NoteBytes { get; init; }
    public SortedDictionary<string, int> Variants { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>
/// Writes a synthetic vault in the template of the user's LIF note (see docs/note-format.md in ../shared): one note
/// per real gene (symbol, Entrez id, Ensembl id, hg38 coordinates, RefSeq summary from ../shared/data), plots whose
/// loci lie inside the gene, GeneCards-style summaries drawn from shared pools, Consensus claims, and the name and
/// embed variants real vaults hold. Everything follows from the seed: the same options give the same bytes.
/// </summary>
public sealed class Generator(GeneTable table)
{
    public const string ManifestName = ".genegraph-vault.json";
    public const string GeneFolder = "Genes";

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public VaultManifest Generate(GeneratorOptions options)
    {
        if (options.Genes < 1) throw new ArgumentOutOfRangeException(nameof(options), "--genes must be at least 1");
        if (options.Traits < 1) throw new ArgumentOutOfRangeException(nameof(options), "--traits must be at least 1");
        var rng = new Rng(options.Seed);

        // Protein-coding genes first (as a real vault of candidate genes), then the rest, each shuffled by the seed.
        var coding = table.Genes.Where(g => g.Type == "protein-coding").ToList();
        var other = table.Genes.Where(g => g.Type != "protein-coding").ToList();
        rng.Shuffle(coding);
        rng.Shuffle(other);
        var genes = coding.Concat(other).Take(options.Genes).ToList();
        if (genes.Count < options.Genes)
            throw new ArgumentOutOfRangeException(nameof(options), $"the tables hold only {genes.Count} usable genes");

        var pools = new Pools(rng, genes.Count, options.Traits, table.Genes);
        var state = new State();

        Directory.CreateDirectory(options.Output);
        Directory.CreateDirectory(Path.Combine(options.Output, GeneFolder));
        for (var i = 0; i < genes.Count; i++)
        {
            var note = GeneNote(rng, genes[i], genes, i, pools, state);
            state.Bytes += WriteNote(rng, options.Output, $"{GeneFolder}/{genes[i].Symbol}.md", note, state);
        }

        // Notes that are not gene notes: an index with [[links]] in a table, a trait note, and a hidden folder to skip.
        var index = new StringBuilder("# Candidate genes\n\n| gene | trait |\n| --- | --- |\n");
        foreach (var g in genes.Take(50)) index.Append($"| [[{g.Symbol}]] | {pools.Traits[0]} |\n");
        index.Append("\n```bash\nRscript plots.R  # writes [[not a link]]\n```\n");
        state.Bytes += WriteNote(rng, options.Output, "Index.md", index.ToString(), state, plain: true);
        state.Bytes += WriteNote(rng, options.Output, $"Traits/{pools.Traits[0]}.md",
            $"# {pools.Traits[0]}\n\nMean pulmonary arterial pressure, measured by right heart catheterisation. See [[Index]].\n", state, plain: true);
        Directory.CreateDirectory(Path.Combine(options.Output, ".obsidian"));
        File.WriteAllText(Path.Combine(options.Output, ".obsidian", "app.json"), "{\"attachmentFolderPath\": \"attachments\"}\n");

        var manifest = new VaultManifest
        {
            Seed = (int)options.Seed,
            GeneNotes = genes.Count,
            OtherNotes = 2,
            Traits = state.TraitsUsed.Count,
            Plots = state.Plots,
            Loci = state.PlottedLoci.Count,
            Diseases = state.DiseaseGenes.Count,
            SharedDiseases = state.DiseaseGenes.Values.Count(n => n >= 2),
            AssociatedWith = state.DiseaseGenes.Values.Sum(),
            Pathways = state.PathwayGenes.Count,
            SharedPathways = state.PathwayGenes.Values.Count(n => n >= 2),
            InPathway = state.PathwayGenes.Values.Sum(),
            GoTerms = state.GoGenes.Count,
            HasGoAnnotation = state.GoGenes.Values.Sum(),
            Papers = state.PaperGenes.Count,
            Mentions = state.PaperGenes.Values.Sum(),
            ParalogOf = state.Paralogs,
            NoteBytes = state.Bytes,
            Variants = state.Variants,
        };
        File.WriteAllText(Path.Combine(options.Output, ManifestName),
            JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return manifest;
    }

    public static VaultManifest ReadManifest(string vault) =>
        JsonSerializer.Deserialize<VaultManifest>(File.ReadAllText(Path.Combine(vault, ManifestName)))!;

    private sealed class State
    {
        public readonly HashSet<string> Loci = new(StringComparer.Ordinal);
        public readonly HashSet<string> PlottedLoci = new(StringComparer.Ordinal);
        public readonly SortedSet<string> TraitsUsed = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> DiseaseGenes = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> PathwayGenes = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> GoGenes = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> PaperGenes = new(StringComparer.Ordinal);
        public readonly SortedDictionary<string, int> Variants = new(StringComparer.Ordinal);
        public int Plots, Paralogs;
        public long Bytes;

        public void Count(string variant) => Variants[variant] = Variants.GetValueOrDefault(variant) + 1;
    }

    private sealed record LocusPick(string Chromosome, long Start, long End, double R);

    private string GeneNote(Rng rng, GeneRow gene, List<GeneRow> genes, int index, Pools pools, State state)
    {
        var sb = new StringBuilder(4096);
        if (rng.Chance(0.08))
        {
            sb.Append($"---\naliases: [{gene.Symbol.ToLowerInvariant()}]\ntags: [gene, candidate]\n---\n");
            state.Count("yaml-front-matter");
        }
        Plots(rng, sb, gene, pools, state);

        sb.Append(rng.Chance(0.1) ? "# Info \n" : "# Info\n");
        var consensusFirst = rng.Chance(0.5);
        if (consensusFirst) Consensus(rng, sb, pools, state);
        NcbiSummary(rng, sb, gene, state);
        if (!rng.Chance(0.03)) GeneCards(rng, sb, gene, genes, index, pools, state);
        else state.Count("genecards-missing");
        if (!consensusFirst) Consensus(rng, sb, pools, state);
        return sb.ToString();
    }

    private static void Plots(Rng rng, StringBuilder sb, GeneRow gene, Pools pools, State state)
    {
        // 1–3 loci inside the gene, each unique in the vault so that (locus, trait) edges never merge across genes.
        var loci = new List<LocusPick>();
        var wanted = rng.Between(1, 3);
        for (var attempt = 0; loci.Count < wanted && attempt < 20; attempt++)
        {
            var length = rng.Between(40, 200);
            var span = gene.End - gene.Start;
            var start = span > length ? gene.Start + (long)(rng.NextDouble() * (span - length)) : gene.Start;
            var end = Math.Min(gene.End, start + length);
            if (!state.Loci.Add($"chr{gene.Chromosome}:{start}-{end}")) continue;
            var r = Math.Round((0.3 + 0.6 * rng.NextDouble()) * (rng.Chance(0.35) ? -1 : 1), 15);
            loci.Add(new LocusPick(gene.Chromosome, start, end, r));
        }

        sb.Append("# Plots\n");
        var traitCount = Math.Min(pools.Traits.Count, rng.Chance(0.55) ? 2 : rng.Between(1, 3));
        var traits = new List<string>();
        while (traits.Count < traitCount)
        {
            var t = pools.Traits[rng.Skewed(pools.Traits.Count, 1.6)];
            if (!traits.Contains(t)) traits.Add(t);
        }
        foreach (var trait in traits)
        {
            state.TraitsUsed.Add(trait);
            var subset = loci.ToList();
            rng.Shuffle(subset);
            subset = subset.Take(rng.Between(1, subset.Count)).ToList();
            var segments = subset.Count >= 2 && rng.Chance(0.25);
            sb.Append($"## {trait}\n");
            if (segments) state.Count("segments");
            for (var k = 0; k < subset.Count; k++)
            {
                if (segments) sb.Append($"### segment {k + 1}\n");
                // a trait's r differs from the locus' other traits, with the same sign most of the time
                var r = subset[k].R * (0.8 + 0.4 * rng.NextDouble());
                r = Math.Clamp(Math.Round(r, 15), -0.999, 0.999);
                sb.Append(Embed(rng, PlotFile(rng, gene, subset[k], r, state), state)).Append('\n');
                state.Plots++;
                state.PlottedLoci.Add($"chr{gene.Chromosome}:{subset[k].Start}-{subset[k].End}");
            }
            sb.Append('\n');
        }
    }

    private static string FormatR(double r) => r.ToString("G15", CultureInfo.InvariantCulture);

    private static string PlotFile(Rng rng, GeneRow gene, LocusPick locus, double r, State state)
    {
        var ensembl = gene.EnsemblId;
        if (rng.Chance(0.05))
        {
            ensembl += "." + rng.Between(1, 20).ToString(CultureInfo.InvariantCulture);
            state.Count("versioned-ensembl");
        }
        var roll = rng.NextDouble();
        string name;
        if (roll < 0.03)
        {
            // hand-typed, unmangled: 0.567_ENSG…_chr22:30247659-30247698.png
            name = $"{FormatR(r)}_{ensembl}_chr{locus.Chromosome}:{locus.Start}-{locus.End}";
            state.Count("unmangled");
        }
        else if (roll < 0.05 && r > 0)
        {
            // scientific notation after make.names: X1.2e.05 is 1.2e-05
            var tiny = rng.Between(11, 99) / 10.0;
            name = $"X{tiny.ToString("0.0", CultureInfo.InvariantCulture)}e.05_{ensembl}_chr{locus.Chromosome}.{locus.Start}.{locus.End}";
            state.Count("scientific-r");
        }
        else if (r < 0 && roll < 0.25)
        {
            // strict make.names(): '-' became '.'
            name = $"X.{FormatR(-r)}_{ensembl}_chr{locus.Chromosome}.{locus.Start}.{locus.End}";
            state.Count("negative-strict");
        }
        else
        {
            var chr = rng.Chance(0.03) ? locus.Chromosome : "chr" + locus.Chromosome;
            if (!chr.StartsWith("chr", StringComparison.Ordinal)) state.Count("no-chr-prefix");
            name = $"X{FormatR(r)}_{ensembl}_{chr}.{locus.Start}.{locus.End}";
            state.Count(r < 0 ? "negative-real-vault" : "positive");
        }
        if (rng.Chance(0.04))
        {
            name += " 1";
            state.Count("copy-suffix");
        }
        return name + ".png";
    }

    private static string Embed(Rng rng, string file, State state)
    {
        var roll = rng.NextDouble();
        if (roll < 0.06) { state.Count("embed-width"); return $"![[{file}|400]]"; }
        if (roll < 0.12) { state.Count("embed-subfolder"); return $"![[attachments/plots/{file}]]"; }
        if (roll < 0.18)
        {
            state.Count("markdown-image");
            return file.Contains(' ') ? $"![plot](<{file}>)" : $"![plot]({file})";
        }
        return $"![[{file}]]";
    }

    private void NcbiSummary(Rng rng, StringBuilder sb, GeneRow gene, State state)
    {
        if (!table.Summaries.TryGetValue(gene.EntrezId, out var summary))
        {
            state.Count("ncbi-missing");
            return;
        }
        sb.Append($"### NCBI Gene Summary for {gene.Symbol} Gene\n\n");
        sb.Append(rng.Chance(0.9) ? $"[](https://www.ncbi.nlm.nih.gov/gene/{gene.EntrezId})\n\n" : $"[{gene.EntrezId}](https://www.ncbi.nlm.nih.gov/gene/{gene.EntrezId})\n\n");
        sb.Append($"- {summary} [provided by RefSeq, {rng.Pick(Months)} {rng.Between(2008, 2022)}]\n    \n\n");
    }

    private static void GeneCards(Rng rng, StringBuilder sb, GeneRow gene, List<GeneRow> genes, int index, Pools pools, State state)
    {
        sb.Append($"### GeneCards Summary for {gene.Symbol} Gene\n\n");
        var line = new StringBuilder();
        var biotype = gene.Type switch
        {
            "protein-coding" => "is a Protein Coding gene.",
            "ncRNA" => "is an RNA Gene, and is affiliated with the lncRNA class.",
            "pseudo" => "is a Pseudogene.",
            _ => "is an RNA Gene.",
        };
        line.Append($"{gene.Symbol} ({FullName(gene.Name)}) {biotype}");

        var diseases = Draw(rng, pools.Diseases, rng.Chance(0.12) ? 0 : rng.Between(1, 3));
        if (diseases.Count > 0)
        {
            line.Append($" Diseases associated with {gene.Symbol} include {Items(rng, diseases, "http://www.malacards.org/card/", "MalaCards", state)}.");
            foreach (var d in diseases) state.DiseaseGenes[d.Slug] = state.DiseaseGenes.GetValueOrDefault(d.Slug) + 1;
        }
        var pathways = Draw(rng, pools.Pathways, rng.Chance(0.1) ? 0 : rng.Between(1, 3));
        if (pathways.Count > 0)
        {
            line.Append($" Among its related pathways {(pathways.Count == 1 ? "is" : "are")} {Items(rng, pathways, "https://pathcards.genecards.org/card/", "Pathcards", state)}.");
            foreach (var p in pathways) state.PathwayGenes[p.Slug] = state.PathwayGenes.GetValueOrDefault(p.Slug) + 1;
        }
        var go = DrawStrings(rng, pools.GoTerms, rng.Chance(0.1) ? 0 : rng.Between(1, 3));
        if (go.Count > 0)
        {
            line.Append(" Gene Ontology (GO) annotations related to this gene include ");
            line.Append(Join(go.Select(t => $"_{t}_").ToList())).Append('.');
            foreach (var t in go) state.GoGenes[t.ToLowerInvariant()] = state.GoGenes.GetValueOrDefault(t.ToLowerInvariant()) + 1;
        }
        if (genes.Count > 1 && rng.Chance(0.2))
        {
            var other = genes[(index + 1 + rng.Next(genes.Count - 1)) % genes.Count];
            line.Append(rng.Chance(0.7)
                ? $" An important paralog of this gene is [{other.Symbol}](https://www.genecards.org/cgi-bin/carddisp.pl?gene={other.Symbol})."
                : $" An important paralog of this gene is {other.Symbol}.");
            state.Paralogs++;
        }
        var text = line.ToString();
        if (rng.Chance(0.03))
        {
            text = "==" + text + "==";
            state.Count("highlight");
        }
        sb.Append(text).Append("\n\n");
    }

    private static string FullName(string name)
    {
        // GeneCards' Title Case; brackets dropped so that the name never reads as Markdown link syntax
        var words = name.Replace('(', ' ').Replace(')', ' ').Replace('[', ' ').Replace(']', ' ').Replace('_', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Any(char.IsUpper) || w.Any(char.IsDigit) ? w : char.ToUpperInvariant(w[0]) + w[1..]);
        return string.Join(' ', words);
    }

    private static List<CardItem> Draw(Rng rng, IReadOnlyList<CardItem> pool, int count)
    {
        var picked = new List<CardItem>();
        for (var attempt = 0; picked.Count < count && attempt < 50; attempt++)
        {
            var item = pool[rng.Skewed(pool.Count)];
            if (!picked.Contains(item)) picked.Add(item);
        }
        return picked;
    }

    private static List<string> DrawStrings(Rng rng, IReadOnlyList<string> pool, int count)
    {
        var picked = new List<string>();
        for (var attempt = 0; picked.Count < count && attempt < 50; attempt++)
        {
            var item = pool[rng.Skewed(pool.Count)];
            if (!picked.Contains(item)) picked.Add(item);
        }
        return picked;
    }

    private static string Items(Rng rng, List<CardItem> items, string urlBase, string site, State state)
    {
        // linked (the norm) or plain names (which fold to the same slug); link-only items always keep their link
        var linked = items.Any(i => i.LinkOnly) || rng.Chance(0.85);
        if (!linked) state.Count($"unlinked-{site.ToLowerInvariant()}");
        return Join(items.Select(i => linked ? $"[{i.Name}]({urlBase}{i.Slug} \"See {i.Name} at {site}\")" : i.Name).ToList());
    }

    private static string Join(IReadOnlyList<string> parts) => parts.Count switch
    {
        1 => parts[0],
        2 => $"{parts[0]} and {parts[1]}",
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };

    private static void Consensus(Rng rng, StringBuilder sb, Pools pools, State state)
    {
        var claims = rng.Chance(0.4) ? 0 : rng.Chance(0.75) ? 1 : 2;
        if (claims == 0) return;
        sb.Append(rng.Chance(0.85) ? "### Consensus\n" : "# Consensus\n");
        var used = new List<PaperItem>();
        for (var attempt = 0; used.Count < claims && attempt < 20; attempt++)
        {
            var paper = pools.Papers[rng.Skewed(pools.Papers.Count, 1.5)];
            if (used.Contains(paper)) continue;
            used.Add(paper);
            state.PaperGenes[paper.Id] = state.PaperGenes.GetValueOrDefault(paper.Id) + 1;
            // a paper's claim, question and link are the paper's own, the same in every note that cites it
            var claim = paper.Claim;
            var answer = Uri.EscapeDataString(claim + ".").Replace("%20", "+");
            var question = Uri.EscapeDataString(paper.Question).Replace("%20", "+");
            sb.Append($"{claim}.(https://consensus.app/papers/{paper.Slug}/{paper.Id}/?extracted-answer={answer}&q={question}&synthesize=on&copilot=on&lang=en)\n\n");
        }
    }

    private static long WriteNote(Rng rng, string root, string relative, string text, State state, bool plain = false)
    {
        if (!plain && rng.Chance(0.03))
        {
            text = text.Replace("\n", "\r\n");
            state.Count("crlf");
        }
        var bytes = Encoding.UTF8.GetBytes(text);
        if (!plain && rng.Chance(0.03))
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
            state.Count("bom");
        }
        var full = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return bytes.Length;
    }
}
