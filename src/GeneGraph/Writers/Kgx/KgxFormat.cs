namespace GeneGraph.Writers.Kgx;

/// <summary>
/// The fixed choices of a KGX export (docs/kgx.md): the two formats, their file names, the columns (Biolink slot
/// names, plus GeneGraph's <c>r</c> and <c>absR</c>) and the list separator of the TSV files.
/// </summary>
public static class KgxFormat
{
    public const string TsvFormatName = "kgx";
    public const string JsonLinesFormatName = "kgx-jsonl";

    public const string MarkerFileName = ".genegraph-kgx";

    /// <summary>The file of a partial export's filters (written only for one): KGX has no graph-level record.</summary>
    public const string SelectionFileName = "selection.json";

    /// <summary>The knowledge source when none is named: GeneGraph's vault, <c>infores:genegraph</c>.</summary>
    public const string DefaultKnowledgeSource = "infores:genegraph";

    /// <summary>Between the items of a list in a TSV field, as KGX writes them.</summary>
    public const char ListSeparator = '|';

    public const string Id = "id";
    public const string Category = "category";
    public const string Name = "name";
    public const string Xref = "xref";
    public const string ProvidedBy = "provided_by";
    public const string InTaxon = "in_taxon";

    public const string Subject = "subject";
    public const string Predicate = "predicate";
    public const string Object = "object";
    public const string KnowledgeLevel = "knowledge_level";
    public const string AgentType = "agent_type";
    public const string PrimaryKnowledgeSource = "primary_knowledge_source";
    public const string Publications = "publications";

    /// <summary>GeneGraph's own edge columns (no Biolink slot holds a correlation coefficient).</summary>
    public const string R = "r";
    public const string AbsR = "absR";

    public static IReadOnlyList<string> NodeColumns { get; } = [Id, Category, Name, Xref, ProvidedBy, InTaxon];

    public static IReadOnlyList<string> EdgeColumns { get; } =
        [Subject, Predicate, Object, KnowledgeLevel, AgentType, PrimaryKnowledgeSource, Publications, R, AbsR];

    /// <summary>The columns that are no Biolink slot.</summary>
    public static IReadOnlyList<string> OwnColumns { get; } = [R, AbsR];

    /// <summary>An <c>infores:</c> CURIE for a vault named <paramref name="vaultName"/>: <c>infores:genegraph-thesis-vault</c>.</summary>
    public static string KnowledgeSourceFor(string vaultName)
    {
        var slug = new string(vaultName.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return slug.Length == 0 ? DefaultKnowledgeSource : $"{DefaultKnowledgeSource}-{slug}";
    }
}
