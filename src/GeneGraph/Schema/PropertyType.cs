namespace GeneGraph.Schema;

/// <summary>The value types a property can hold, the same in every output (a <see cref="Graph.PropertyBag"/> holds only these).</summary>
public enum PropertyType
{
    String,
    Long,
    Double,
    Boolean,
    StringList,
}

public static class PropertyTypes
{
    /// <summary>The type that holds values of the CLR type <paramref name="clrType"/>, or null when no property type does.</summary>
    public static PropertyType? Of(Type clrType) =>
        clrType == typeof(string) ? PropertyType.String
        : clrType == typeof(long) ? PropertyType.Long
        : clrType == typeof(double) ? PropertyType.Double
        : clrType == typeof(bool) ? PropertyType.Boolean
        : clrType == typeof(IReadOnlyList<string>) ? PropertyType.StringList
        : null;

    /// <summary>The type of a value as a <see cref="Graph.PropertyBag"/> holds it, or null when no property type holds it.</summary>
    public static PropertyType? OfValue(object value) => value switch
    {
        string => PropertyType.String,
        long => PropertyType.Long,
        double => PropertyType.Double,
        bool => PropertyType.Boolean,
        IReadOnlyList<string> => PropertyType.StringList,
        _ => null,
    };
}
