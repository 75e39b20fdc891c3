namespace GeneGraph.Tests.TestSupport;

/// <summary>A trimmed in-test copy of the user's seed note (gene LIF), so most tests do not need ../shared.</summary>
internal static class LifNote
{
    public const string PaperId = "d6b431bf8353544c85889eef0e7c91cf";

    // Line numbers matter: tests assert them.
    public const string Text =
        "# Plots\n" +                                                                              // 1
        "## sPAP\n" +                                                                              // 2
        "![[X0.567330246986036_ENSG00000128342_chr22.30247659.30247698.png]]\n" +                // 3
        "\n" +                                                                                     // 4
        "## mPAP\n" +                                                                              // 5
        "![[X0.418860153131241_ENSG00000128342_chr22.30247659.30247698.png]]\n" +                // 6
        "\n" +                                                                                     // 7
        "# Info\n" +                                                                               // 8
        "### Consensus\n" +                                                                        // 9
        "LIF signaling plays a fundamental and pivotal role in the pathogenesis of pulmonary hypertension.(https://consensus.app/papers/factor-signaling-hypertension-pullamsetti/d6b431bf8353544c85889eef0e7c91cf/?extracted-answer=LIF+signaling&q=connection+between+LIF+and+pulmanory+hypertension&synthesize=on&copilot=on&lang=en)\n" + // 10
        "\n" +                                                                                     // 11
        "### NCBI Gene Summary for LIF Gene\n" +                                                   // 12
        "\n" +                                                                                     // 13
        "[](https://www.ncbi.nlm.nih.gov/gene/3976)\n" +                                          // 14
        "\n" +                                                                                     // 15
        "- The protein encoded by this gene is a pleiotropic cytokine with roles in several different systems. [provided by RefSeq, Mar 2012]\n" + // 16
        "    \n" +                                                                                 // 17
        "\n" +                                                                                     // 18
        "### GeneCards Summary for LIF Gene\n" +                                                   // 19
        "\n" +                                                                                     // 20
        "LIF (LIF Interleukin 6 Family Cytokine) is a Protein Coding gene. Diseases associated with LIF include [Leukemia](http://www.malacards.org/card/leukemia \"See Leukemia at MalaCards\") and [Myeloid Leukemia](http://www.malacards.org/card/myeloid_leukemia \"See Myeloid Leukemia at MalaCards\"). Among its related pathways are [MIF Mediated Glucocorticoid Regulation](https://pathcards.genecards.org/card/mif_mediated_glucocorticoid_regulation \"See MIF Mediated Glucocorticoid Regulation at Pathcards\") and [ERK Signaling](https://pathcards.genecards.org/card/erk_signaling \"See ERK Signaling at Pathcards\"). Gene Ontology (GO) annotations related to this gene include _signaling receptor binding_ and _growth factor activity_.\n"; // 21
}
