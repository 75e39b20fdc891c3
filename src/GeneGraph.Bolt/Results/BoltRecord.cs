using System.Globalization;

namespace GeneGraph.Bolt.Results;

/// <summary>One result row: values by column index or name.</summary>
public sealed class BoltRecord(IReadOnlyList<string> keys, IReadOnlyList<object?> values)
{
    public IReadOnlyList<string> Keys { get; } = keys;

    public IReadOnlyList<object?> Values { get; } = values;

    public object? this[int index] => Values[index];

    public object? this[string key]
    {
        get
        {
            for (var i = 0; i < Keys.Count; i++)
            {
                if (Keys[i] == key)
                {
                    return Values[i];
                }
            }

            throw new KeyNotFoundException($"The record has no column '{key}'; its columns are {string.Join(", ", Keys)}.");
        }
    }

    /// <summary>The value converted to <typeparamref name="T"/> (integers and doubles convert between numeric types).</summary>
    public T Get<T>(string key)
    {
        var value = this[key];
        return value switch
        {
            T typed => typed,
            null when default(T) is null => default!,
            IConvertible convertible when typeof(T).IsPrimitive || typeof(T) == typeof(decimal) =>
                (T)convertible.ToType(typeof(T), CultureInfo.InvariantCulture),
            _ => throw new InvalidCastException($"Column '{key}' holds {value?.GetType().Name ?? "null"}, not {typeof(T).Name}."),
        };
    }
}
