using System.Text;

namespace GeneGraph.VaultGenerator;

/// <summary>A disease or pathway of the shared pool: its display name and its MalaCards/PathCards card slug.</summary>
public sealed record CardItem(string Name, string Slug, bool LinkOnly);

/// <summary>A consensus.app paper of the shared pool.</summary>
public sealed record PaperItem(string Id, string Slug, string Claim, string Question);

/// <summary>
/// The shared pools that gene summaries draw from, so that many genes name the same disease, pathway, GO term or
/// paper and the graph has to merge them. Sizes scale with the vault; draws are skewed to the front of each pool.
/// </summary>
public sealed class Pools
{
    public IReadOnlyList<CardItem> Diseases { get; }
    public IReadOnlyList<CardItem> Pathways { get; }
    public IReadOnlyList<string> GoTerms { get; }
    public IReadOnlyList<PaperItem> Papers { get; }
    public IReadOnlyList<string> Traits { get; }

    private static readonly string[] DiseasePrefixes =
    [
        "Pulmonary", "Cardiac", "Renal", "Hepatic", "Myeloid", "Lymphoid", "Congenital", "Familial", "Juvenile",
        "Hereditary", "Autosomal Recessive", "Early-Onset", "Idiopathic", "Chronic", "Acute", "Systemic",
    ];

    private static readonly string[] DiseaseCores =
    [
        "Hypertension", "Leukemia", "Fibrosis", "Cardiomyopathy", "Nephropathy", "Muscular Dystrophy",
        "Adenocarcinoma", "Lymphoma", "Ataxia", "Anemia", "Neuropathy", "Dysplasia", "Arterial Hypertension",
        "Heart Failure", "Vasculitis", "Lipodystrophy",
    ];

    private static readonly string[] PathwayForms =
    [
        "Signaling by {0}", "{0} Signaling", "Negative regulation of {0} signaling", "{0} Pathway",
        "Regulation of {0} activity", "{0} Mediated Glucocorticoid Regulation",
    ];

    private static readonly string[] FixedPathways =
    [
        "ERK Signaling", "Integrin Pathway", "MIF Mediated Glucocorticoid Regulation", "Immune response IFN alpha/beta signaling pathway",
        "Innate Immune System", "Signaling by GPCR", "Metabolism of proteins", "Cytokine Signaling in Immune system",
        "Gene expression (Transcription)", "PI3K-Akt signaling pathway",
    ];

    private static readonly string[] FixedGoTerms =
    [
        "signaling receptor binding", "growth factor activity", "protein kinase binding", "enzyme binding",
        "DNA-binding transcription factor activity", "RNA polymerase II cis-regulatory region sequence-specific DNA binding",
        "identical protein binding", "metal ion binding", "ATP binding", "calcium ion binding", "zinc ion binding",
        "protein homodimerization activity", "cytokine activity", "transmembrane transporter activity",
        "protein serine/threonine kinase activity", "GTPase activity", "actin binding", "heparin binding",
        "chromatin binding", "ubiquitin-protein transferase activity", "structural molecule activity",
        "oxidoreductase activity", "hydrolase activity", "lipid binding", "RNA binding", "nucleic acid binding",
        "transcription coactivator activity", "phosphatase activity", "receptor tyrosine kinase binding", "integrin binding",
    ];

    public static readonly string[] KnownTraits =
    [
        "mPAP", "sPAP", "PA_sys", "PA_dia", "PVR", "RVEDD", "CI", "TAPSE", "NTproBNP", "RAP", "PCWP", "CO", "6MWD", "SvO2",
    ];

    private static readonly string[] PaperWords =
    [
        "factor", "signaling", "hypertension", "pulmonary", "vascular", "remodeling", "endothelial", "smooth", "muscle",
        "right", "ventricle", "inflammation", "fibrosis", "expression", "variant", "association", "mouse", "patients",
    ];

    private static readonly string[] ClaimOpenings =
    [
        "Growth factor signaling plays a pivotal role in", "Endothelial dysfunction contributes to", "Inflammatory cytokines drive",
        "Genetic variants modify the risk of", "Targeted inhibition attenuates",
    ];

    private static readonly string[] ClaimEndings =
    [
        "in patients with pulmonary arterial hypertension", "and right ventricular remodeling",
        "through smooth muscle cell proliferation", "in experimental models of pulmonary hypertension",
    ];

    private static readonly string[] Authors =
    [
        "pullamsetti", "humbert", "rabinovitch", "archer", "morrell", "voelkel", "hoeper", "ghofrani", "kurakula", "bonnet",
    ];

    public Pools(Rng rng, int genes, int traits, IReadOnlyList<GeneRow> symbolSource)
    {
        Traits = [.. Enumerable.Range(0, traits).Select(i => i < KnownTraits.Length ? KnownTraits[i] : $"Trait{i + 1}")];

        var diseaseCount = Math.Max(40, genes / 3);
        var combos = (from p in DiseasePrefixes from c in DiseaseCores select $"{p} {c}").ToList();
        rng.Shuffle(combos);
        Diseases = [.. Enumerable.Range(0, diseaseCount).Select(i =>
        {
            var name = i < combos.Count ? combos[i] : $"{combos[i % combos.Count]} {i / combos.Count + 1}";
            return new CardItem(name, Fold(name), LinkOnly: false);
        })];

        var pathwayCount = Math.Max(30, genes / 4);
        var pathways = new List<CardItem>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in FixedPathways)
            if (slugs.Add(Fold(name))) pathways.Add(new CardItem(name, Fold(name), LinkOnly: false));
        // A PathCards slug with parentheses, as the real vault has: reachable only through its link.
        pathways.Insert(3, new CardItem("Class A/1 (Rhodopsin-like receptors)", "class_a_1_(rhodopsin-like_receptors)", LinkOnly: true));
        slugs.Add("class_a_1_(rhodopsin-like_receptors)");
        for (var attempt = 0; pathways.Count < pathwayCount && attempt < pathwayCount * 20; attempt++)
        {
            var name = string.Format(rng.Pick(PathwayForms), rng.Pick(symbolSource).Symbol);
            if (slugs.Add(Fold(name))) pathways.Add(new CardItem(name, Fold(name), LinkOnly: false));
        }
        Pathways = pathways;

        var goTerms = new List<string>(FixedGoTerms);
        var goCount = Math.Max(FixedGoTerms.Length, genes / 10);
        var seen = new HashSet<string>(goTerms.Select(t => t.ToLowerInvariant()), StringComparer.Ordinal);
        for (var attempt = 0; goTerms.Count < goCount && attempt < goCount * 20; attempt++)
        {
            var term = $"{rng.Pick(symbolSource).Symbol} {rng.Pick(["binding", "receptor activity", "complex binding", "kinase activity"])}";
            if (seen.Add(term.ToLowerInvariant())) goTerms.Add(term);
        }
        GoTerms = goTerms;

        var paperCount = Math.Max(20, genes / 5);
        Papers = [.. Enumerable.Range(0, paperCount).Select(_ =>
        {
            var words = Enumerable.Range(0, 3).Select(_ => rng.Pick(PaperWords)).Append(rng.Pick(Authors));
            var topic = rng.Pick(DiseaseCores).ToLowerInvariant();
            var claim = $"{rng.Pick(ClaimOpenings)} {topic} {rng.Pick(ClaimEndings)}";
            return new PaperItem(rng.Hex(32), string.Join('-', words), claim, $"connection between {topic} and pulmonary hypertension");
        })];
    }

    /// <summary>The merge rules' folding of an unlinked name: lower case, each run of other characters than letters and digits one '_'.</summary>
    public static string Fold(string name)
    {
        var sb = new StringBuilder(name.Length);
        var gap = false;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (gap && sb.Length > 0) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
                gap = false;
            }
            else gap = true;
        }
        return sb.ToString();
    }
}
