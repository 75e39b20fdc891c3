using System.Text.Json;
using GeneGraph.Diagnostics;
using GeneGraph.Pipeline;
using GeneGraph.References;
using GeneGraph.Schema;
using GeneGraph.Tests.EndToEnd;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.References;

/// <summary>The notes' genes against a reference table: a written case for each check, and the thesis vault against
/// ../shared/data/human-genes.tsv compared with an independent check written in Python.</summary>
public sealed class GeneChecksTests(ThesisVaultFixture thesis) : IClassFixture<ThesisVaultFixture>
{
    private const string SmallTable =
        "entrez_id\tsymbol\tgene_name\tgene_type\tchromosome\tcytoband\tensembl_gene_ids\tucsc_hg38_locations\taliases\n" +
        // an Ensembl id listed under two genes (as ENSG00000237541 under HLA-DQA1 and HLA-DQA2): the note's gene is the plot's
        "1\tDUPL\tanother gene with LIF's id\tprotein-coding\t1\t1p36\tENSG00000128342\t1:1000-2000:+\t\n" +
        "3976\tLIF\tLIF interleukin 6 family cytokine\tprotein-coding\t22\t22q12.2\tENSG00000128342\t22:30240452-30246759:-\tCDF,DIA,HILDA,MLPLI\n" +
        "3977\tLIFR\tLIF receptor subunit alpha\tprotein-coding\t5\t5p13.1\tENSG00000113594\t5:38474667-38595405:-\tCD118,LIF-R\n" +
        "5008\tOSM\toncostatin M\tprotein-coding\t22\t22q12.2\tENSG00000099985\t22:30262829-30266240:-,22_KI270879v1_alt:1-2:-\t\n" +
        "not-a-number\tBAD\t\t\t\t\t\t\t\n";

    // An old name of LIF, the NCBI link of LIFR, a plot of OSM: every check fires once, and the note is left as written.
    private const string HildaNote =
        "# Plots\n" +                                                                  // 1
        "## sPAP\n" +                                                                  // 2
        "![[X0.5_ENSG00000128342_chr22.30247659.30247698.png]]\n" +                   // 3
        "![[X0.4_ENSG00000099985_chr22.30247659.30247698.png]]\n" +                   // 4
        "### NCBI Gene Summary for HILDA Gene\n" +                                     // 5
        "\n" +                                                                         // 6
        "[](https://www.ncbi.nlm.nih.gov/gene/3977)\n" +                               // 7
        "\n" +                                                                         // 8
        "- text\n";                                                                    // 9

    [Fact]
    public void Each_check_reports_its_problem_with_the_fix_and_applies_none()
    {
        var diagnostics = new DiagnosticBag();
        var table = GeneTable.Load(new StringReader(SmallTable), "genes.tsv", diagnostics);
        Assert.Equal(4, table.Count);
        var result = VaultGraph.Build([new GeneGraph.Vault.VaultFile("Genes/HILDA.md", HildaNote)], diagnostics);
        var before = result.Graph.FindNode(NodeLabel.Gene, "HILDA")!.Properties.ToList();
        GeneChecks.Run(result.Notes, table, diagnostics);

        var found = diagnostics.Sorted().Where(d => d.Code.Id.StartsWith("GG4", StringComparison.Ordinal))
            .Select(d => $"{d.Path}:{d.Line} {d.Code.Id}").ToList();
        Assert.Equal(["Genes/HILDA.md:4 GG402", "Genes/HILDA.md:4 GG404", "Genes/HILDA.md:5 GG401", "Genes/HILDA.md:7 GG403", "genes.tsv:6 GG405"], found);
        var messages = diagnostics.Sorted().ToDictionary(d => d.Code.Id, d => d.Message);
        Assert.Contains("alias or previous symbol of LIF (NCBIGene:3976); fix: name the note and its headings LIF", messages["GG401"], StringComparison.Ordinal);
        Assert.Contains("is LIFR (NCBIGene:3977), not LIF (NCBIGene:3976); fix: link https://www.ncbi.nlm.nih.gov/gene/3976", messages["GG403"], StringComparison.Ordinal);
        Assert.Contains("ENSG00000099985, which is OSM (NCBIGene:5008), not LIF (NCBIGene:3976); fix:", messages["GG402"], StringComparison.Ordinal);
        Assert.Contains("lies 15131 bases outside OSM (NCBIGene:5008)", messages["GG404"], StringComparison.Ordinal);

        // nothing applied: the gene is still the note's HILDA with its link's id
        var hilda = result.Graph.FindNode(NodeLabel.Gene, "HILDA")!;
        Assert.Equal(before, hilda.Properties.ToList());
        Assert.Equal(3977L, hilda.Properties[NodeProperties.NcbiGeneId]);
        Assert.Null(result.Graph.FindNode(NodeLabel.Gene, "LIF"));
    }

    [Fact]
    public void A_table_without_a_required_column_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => GeneTable.Load(new StringReader("entrez_id\tsymbol\n1\tA1BG\n"), "t.tsv", new DiagnosticBag()));
        Assert.Contains("ensembl_gene_ids", error.Message, StringComparison.Ordinal);
    }

    // Reads the vault's notes and the table with nothing but the standard library, and rules on every plot itself.
    private const string IndependentCheck = """
        import csv, json, os, re, sys
        vault, table_path = sys.argv[1], sys.argv[2]
        by_symbol, by_entrez, by_ensembl, by_alias = {}, {}, {}, {}
        with open(table_path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                gene = {"symbol": row["symbol"], "entrez": int(row["entrez_id"]), "locs": []}
                for loc in filter(None, row["ucsc_hg38_locations"].split(",")):
                    chrom, span, _ = loc.split(":")
                    if "_" in chrom: continue
                    s, e = span.split("-")
                    gene["locs"].append(("chr" + chrom.replace("MT", "M"), int(s), int(e)))
                by_symbol.setdefault(row["symbol"].upper(), gene)
                by_entrez.setdefault(gene["entrez"], gene)
                for ens in filter(None, row["ensembl_gene_ids"].split(",")): by_ensembl.setdefault(ens, []).append(gene)
                for alias in filter(None, row["aliases"].split(",")): by_alias.setdefault(alias.upper(), []).append(gene)
        heading = re.compile(r"^#+\s*(?:NCBI Gene|GeneCards|UniProtKB/Swiss-Prot)\s+Summary\s+for\s+(\S+)\s+Gene\s*$", re.I | re.M)
        plot = re.compile(r"!\[\[\s*(?:[^\]|]*/)?(X-?[0-9.]+(?:[eE]-?\d+)?_(ENSG\d+)(?:\.\d+)?_(chr[0-9XYM]+)\.(\d+)\.(\d+)[^\]|]*)")
        ncbi = re.compile(r"ncbi\.nlm\.nih\.gov/gene/(\d+)")
        out = []
        for root, dirs, files in os.walk(vault):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                if not name.endswith(".md"): continue
                path = os.path.join(root, name)
                text = open(path, encoding="utf-8", errors="replace").read()
                h = heading.search(text)
                symbol = (h.group(1) if h else name[:-3]).upper()
                link = ncbi.search(text)
                gene = by_symbol.get(symbol)
                aliases = by_alias.get(symbol, []) if gene is None else []
                gene = gene or (aliases[0] if len(aliases) == 1 else None) or (by_entrez.get(int(link.group(1))) if link else None)
                for m in plot.finditer(text):
                    owners = by_ensembl.get(m.group(2), [])
                    mismatch = gene is not None and owners and all(o is not gene for o in owners)
                    target = gene if gene is not None and (not owners or any(o is gene for o in owners)) else (owners[0] if owners else None)
                    distance = None
                    if target and target["locs"]:
                        s, e = int(m.group(4)), int(m.group(5))
                        gaps = [max(0, ls - e, s - le) for c, ls, le in target["locs"] if c == m.group(3)]
                        distance = min(gaps) if gaps else -1
                    out.append({"path": os.path.relpath(path, vault).replace(os.sep, "/"), "file": m.group(1).strip(),
                                "known": bool(owners), "mismatch": bool(mismatch), "distance": distance})
        print(json.dumps(out))
        """;

    [Fact]
    public void Every_plot_of_the_thesis_vault_is_checked_and_the_reports_are_exactly_those_of_an_independent_check()
    {
        var result = thesis.Require();
        var tablePath = RepoPaths.Require("data", "human-genes.tsv");
        var diagnostics = new DiagnosticBag();
        var table = GeneTable.Load(tablePath, diagnostics);
        GeneChecks.Run(result.Notes, table, diagnostics);
        var reported = diagnostics.Sorted();
        Assert.DoesNotContain(reported, d => d.Code == DiagnosticCode.UnreadableGeneTableRow);

        var script = Path.Combine(Path.GetTempPath(), $"genegraph-gene-check-{Guid.NewGuid():N}.py");
        File.WriteAllText(script, IndependentCheck);
        ChildProcess.Result run;
        try
        {
            run = ChildProcess.Run("python3", [script, thesis.Folder!, tablePath]);
        }
        finally
        {
            File.Delete(script);
        }
        Assert.True(run.ExitCode == 0, run.Stderr);
        var verdicts = JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray()
            .GroupBy(v => (v.GetProperty("path").GetString()!, v.GetProperty("file").GetString()!))
            .ToDictionary(g => g.Key, g => g.First());

        var plots = result.Notes.Where(n => n.IsGeneNote).SelectMany(n => n.Plots.Select(p => (Note: n, Plot: p))).ToList();
        Assert.NotEmpty(plots);
        var expectedMismatches = new List<string>();
        var expectedOutside = new List<string>();
        foreach (var (note, plot) in plots)
        {
            Assert.True(verdicts.TryGetValue((note.Path, plot.FileName), out var verdict), $"the independent check did not see {note.Path}: {plot.FileName}");
            Assert.True(verdict.GetProperty("known").GetBoolean(), $"{plot.Name.EnsemblId} is not in the table");
            if (verdict.GetProperty("mismatch").GetBoolean()) expectedMismatches.Add($"{note.Path}:{plot.Line}");
            if (verdict.GetProperty("distance") is { ValueKind: JsonValueKind.Number } d && (d.GetInt64() < 0 || d.GetInt64() > GeneChecks.LocusMargin))
                expectedOutside.Add($"{note.Path}:{plot.Line}");
        }
        Assert.Equal(expectedMismatches.Order(StringComparer.Ordinal), Where(reported, DiagnosticCode.PlotOfAnotherGene));
        Assert.Equal(expectedOutside.Order(StringComparer.Ordinal), Where(reported, DiagnosticCode.LocusOutsideGene));
        Assert.NotEmpty(expectedOutside); // the real vault has loci 11-44 kb upstream of their genes: found by both
        Assert.Empty(Where(reported, DiagnosticCode.SymbolIsAlias));
        Assert.Empty(Where(reported, DiagnosticCode.NcbiLinkOfAnotherGene));
    }

    [Fact]
    public void The_compact_table_shipped_inside_gives_the_thesis_vault_the_same_reports_as_the_full_table()
    {
        var result = thesis.Require();
        var full = new DiagnosticBag();
        GeneChecks.Run(result.Notes, GeneTable.Load(RepoPaths.Require("data", "human-genes.tsv"), full), full);
        var builtIn = new DiagnosticBag();
        var table = GeneTable.LoadBuiltIn(builtIn);
        Assert.Equal(77_614, table.Count);
        GeneChecks.Run(result.Notes, table, builtIn);
        Assert.Equal(full.Sorted().Select(d => d.ToString()), builtIn.Sorted().Select(d => d.ToString()));
        Assert.NotEmpty(builtIn.Sorted());
    }

    private static List<string> Where(IReadOnlyList<Diagnostic> diagnostics, DiagnosticCode code) =>
        diagnostics.Where(d => d.Code == code).Select(d => $"{d.Path}:{d.Line}").Order(StringComparer.Ordinal).ToList();
}
