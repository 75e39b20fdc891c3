using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Writers.Neo4jImport;

/// <summary>One property column of a node or relationship file: its name and type, and its header text.</summary>
public sealed record ImportColumn(string Property, PropertyType Type)
{
    /// <summary><c>symbol</c>, <c>ncbiGeneId:long</c>, <c>r:double</c>, <c>sources:string[]</c>.</summary>
    public string Header => Property + TypeSuffix(Type);

    /// <summary>The import tools' name of a property type, after the column name; none for a string.</summary>
    private static string TypeSuffix(PropertyType type) => type switch
    {
        PropertyType.String => "",
        PropertyType.Long => ":long",
        PropertyType.Double => ":double",
        PropertyType.Boolean => ":boolean",
        PropertyType.StringList => ":string[]",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// The property columns of a set of elements, in ordinal name order, then <c>sources:string[]</c>: the properties
    /// some element holds, each of the type <paramref name="declared"/> gives it. A property the schema does not
    /// declare takes the type of its values; one that holds values of different types is written as a string
    /// column (every value as invariant text).
    /// </summary>
    public static IReadOnlyList<ImportColumn> Collect(IEnumerable<PropertyBag> elements, IReadOnlyList<Property> declared, string owner)
    {
        var types = new ColumnTypes(message => new Neo4jImportException(message));
        foreach (var properties in elements)
            foreach (var (name, value) in properties)
                types.Observe(name, name, value, declared, owner);
        var names = types.Columns.Order(StringComparer.Ordinal).ToList();
        foreach (var name in names)
        {
            if (!IsPlainName(name))
                throw new Neo4jImportException($"{owner}: property name '{name}' cannot be a CSV header column (letters, digits and '_' only)");
            if (name == GraphSchema.Key.Name || name == GraphSchema.Sources.Name)
                throw new Neo4jImportException($"{owner}: property '{name}' clashes with the column GeneGraph writes under that name");
        }
        return [.. names.Select(name => new ImportColumn(name, types[name])), Sources];
    }

    /// <summary>Every node and edge carries its sources (<c>path:line</c>) as a string array.</summary>
    public static ImportColumn Sources { get; } = new(GraphSchema.Sources.Name, GraphSchema.Sources.Type);

    private static bool IsPlainName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
