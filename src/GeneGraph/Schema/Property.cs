namespace GeneGraph.Schema;

/// <summary>A declared property: its name in every output, its value type and what it holds.</summary>
public abstract class Property
{
    private protected Property(string name, PropertyType type, string description)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    /// <summary>The name in Neo4j, the CSV headers, GraphML keys and JSON (camelCase).</summary>
    public string Name { get; }

    public PropertyType Type { get; }

    /// <summary>One line: what the value is.</summary>
    public string Description { get; }

    /// <summary>True when <paramref name="value"/> is of this property's type.</summary>
    public bool Holds(object value) => PropertyTypes.OfValue(value) == Type;

    public override string ToString() => Name;
}

/// <summary>A property whose values are <typeparamref name="T"/>: code that sets it cannot set another type.</summary>
public sealed class Property<T> : Property
    where T : notnull
{
    public Property(string name, string description)
        : base(name, PropertyTypes.Of(typeof(T)) ?? throw new ArgumentException($"no property type holds {typeof(T).Name}"), description)
    {
    }
}
