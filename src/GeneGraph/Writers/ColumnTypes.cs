using GeneGraph.Schema;

namespace GeneGraph.Writers;

/// <summary>
/// The types of a set of property columns (GraphML keys, neo4j-import headers), by one rule: a property the schema
/// declares has its declared type, and a value of another type is refused; an undeclared property has the type of its
/// values, and a column whose values differ in type is a string column (every value written as invariant text).
/// </summary>
/// <param name="refusal">The writer's exception for a declared property holding a value of another type.</param>
internal sealed class ColumnTypes(Func<string, GraphWriteException> refusal)
{
    private readonly Dictionary<string, PropertyType> _types = new(StringComparer.Ordinal);

    /// <summary>The columns seen, in no particular order.</summary>
    public IEnumerable<string> Columns => _types.Keys;

    public PropertyType this[string column] => _types[column];

    public bool Contains(string column) => _types.ContainsKey(column);

    /// <summary>Sets the type of a column the writer itself fills (not a property).</summary>
    public void Set(string column, PropertyType type) => _types[column] = type;

    /// <summary>
    /// Adds the type of <paramref name="value"/>, held by <paramref name="owner"/> under the property
    /// <paramref name="name"/> that <paramref name="declared"/> (the properties the schema gives the owner) may
    /// declare, to the column <paramref name="column"/> (the property's name, unless the writer renamed it).
    /// </summary>
    public void Observe(string column, string name, object value, IReadOnlyList<Property> declared, object owner)
    {
        var type = Declared(declared, name) is { } property
            ? property.Holds(value) ? property.Type : throw refusal($"{owner}: '{name}' is declared {property.Type} but holds a {value.GetType().Name}")
            : PropertyTypes.OfValue(value) ?? throw new ArgumentException($"unsupported property type {value.GetType().Name}", nameof(value));
        _types[column] = _types.TryGetValue(column, out var seen) && seen != type ? PropertyType.String : type;
    }

    private static Property? Declared(IReadOnlyList<Property> declared, string name)
    {
        foreach (var property in declared)
            if (property.Name == name) return property;
        return null;
    }
}
