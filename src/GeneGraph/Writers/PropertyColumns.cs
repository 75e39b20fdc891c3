using GeneGraph.Graph;

namespace GeneGraph.Writers;

/// <summary>The built-in columns a writer puts before an element's properties.</summary>
internal interface IBuiltInColumns
{
    /// <summary>The value of the built-in column <paramref name="column"/>, or null when no built-in has that name.</summary>
    object? ValueOf(string column);
}

/// <summary>How properties become columns beside the built-in ones, the same in GraphML and Cytoscape.js.</summary>
internal static class PropertyColumns
{
    /// <summary>
    /// Appends the element's property columns in name order (see <see cref="ColumnOf{TBuiltIns}"/>).
    /// </summary>
    public static void Append<TBuiltIns>(PropertyBag properties, TBuiltIns builtIns, List<KeyValuePair<string, object>> columns,
        IReadOnlySet<string>? reserved = null)
        where TBuiltIns : IBuiltInColumns
    {
        foreach (var (name, value) in properties)
            if (ColumnOf(name, value, properties, builtIns, reserved) is { } column)
                columns.Add(new(column, value));
    }

    /// <summary>
    /// The column of the property <paramref name="name"/>, or null when it is not written. A property named like a
    /// built-in column is dropped when it holds the same value (a Trait's <c>name</c> is its display name) and is
    /// written as <c>p_name</c> when it differs or when its name is one of <paramref name="reserved"/>.
    /// </summary>
    public static string? ColumnOf<TBuiltIns>(string name, object value, PropertyBag properties, TBuiltIns builtIns,
        IReadOnlySet<string>? reserved = null)
        where TBuiltIns : IBuiltInColumns
    {
        var shown = builtIns.ValueOf(name);
        if (shown is null && !(reserved?.Contains(name) ?? false)) return name;
        if (shown is not null && PropertyBag.ValuesEqual(shown, value)) return null;
        var column = name;
        do column = GraphMLWriter.PropertyPrefix + column;
        while (builtIns.ValueOf(column) is not null || properties.Contains(column));
        return column;
    }
}
