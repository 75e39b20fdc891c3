using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Writers.Neo4jImport;

/// <summary>The Neo4j import type of a property column.</summary>
public enum ImportValueType
{
    String,
    Long,
    Double,
    Boolean,
    StringArray,
}

/// <summary>One property column of a node or relationship file: its name and type, and its header text.</summary>
public sealed record ImportColumn(string Property, ImportValueType Type)
{
    /// <summary><c>symbol</c>, <c>ncbiGeneId:long</c>, <c>r:double</c>, <c>sources:string[]</c>.</summary>
    public string Header => Type switch
    {
        ImportValueType.String => Property,
        ImportValueType.Long => Property + ":long",
        ImportValueType.Double => Property + ":double",
        ImportValueType.Boolean => Property + ":boolean",
        ImportValueType.StringArray => Property + ":string[]",
        _ => throw new ArgumentOutOfRangeException(nameof(Type), Type, null),
    };

    public static ImportValueType TypeOf(object value) => value switch
    {
        string => ImportValueType.String,
        long => ImportValueType.Long,
        double => ImportValueType.Double,
        bool => ImportValueType.Boolean,
        IReadOnlyList<string> => ImportValueType.StringArray,
        _ => throw new ArgumentException($"unsupported property type {value.GetType().Name}", nameof(value)),
    };

    /// <summary>The import type of a declared property type.</summary>
    public static ImportValueType TypeOf(PropertyType type) => type switch
    {
        PropertyType.String => ImportValueType.String,
        PropertyType.Long => ImportValueType.Long,
        PropertyType.Double => ImportValueType.Double,
        PropertyType.Boolean => ImportValueType.Boolean,
        PropertyType.StringList => ImportValueType.StringArray,
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
        var types = new SortedDictionary<string, ImportValueType>(StringComparer.Ordinal);
        foreach (var properties in elements)
        {
            foreach (var (name, value) in properties)
            {
                if (Declared(declared, name) is { } property)
                {
                    if (!property.Holds(value))
                        throw new Neo4jImportException($"{owner}: '{name}' is declared {property.Type} but holds a {value.GetType().Name}");
                    types[name] = TypeOf(property.Type);
                    continue;
                }
                var type = TypeOf(value);
                types[name] = types.TryGetValue(name, out var seen) && seen != type ? ImportValueType.String : type;
            }
        }
        foreach (var name in types.Keys)
        {
            if (!IsPlainName(name))
                throw new Neo4jImportException($"{owner}: property name '{name}' cannot be a CSV header column (letters, digits and '_' only)");
            if (name == GraphSchema.Key.Name || name == GraphSchema.Sources.Name)
                throw new Neo4jImportException($"{owner}: property '{name}' clashes with the column GeneGraph writes under that name");
        }
        return [.. types.Select(t => new ImportColumn(t.Key, t.Value)), Sources];
    }

    /// <summary>Every node and edge carries its sources (<c>path:line</c>) as a string array.</summary>
    public static ImportColumn Sources { get; } = new(GraphSchema.Sources.Name, TypeOf(GraphSchema.Sources.Type));

    private static Property? Declared(IReadOnlyList<Property> declared, string name)
    {
        foreach (var property in declared)
            if (property.Name == name) return property;
        return null;
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
