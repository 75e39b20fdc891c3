using System.Collections;

namespace GeneGraph.Graph;

/// <summary>
/// Typed properties of a node or edge, kept in ordinal name order so every writer emits them the same way.
/// Values are <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or a list of strings.
/// </summary>
public sealed class PropertyBag : IEnumerable<KeyValuePair<string, object>>
{
    private readonly SortedDictionary<string, object> _values = new(StringComparer.Ordinal);

    public int Count => _values.Count;

    public object? this[string name] => _values.GetValueOrDefault(name);

    public bool TryGet(string name, out object value) => _values.TryGetValue(name, out value!);

    public bool Contains(string name) => _values.ContainsKey(name);

    /// <summary>Sets a value the first time; returns the value already held when it differs (first wins), else null.</summary>
    internal object? SetIfAbsent(string name, object value)
    {
        Validate(value);
        if (!_values.TryGetValue(name, out var existing))
        {
            _values[name] = value;
            return null;
        }
        return ValuesEqual(existing, value) ? null : existing;
    }

    internal void Set(string name, object value)
    {
        Validate(value);
        _values[name] = value;
    }

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public static bool ValuesEqual(object a, object b) => (a, b) switch
    {
        (IReadOnlyList<string> x, IReadOnlyList<string> y) => x.SequenceEqual(y, StringComparer.Ordinal),
        _ => Equals(a, b),
    };

    private static void Validate(object value)
    {
        if (value is not (string or long or double or bool or IReadOnlyList<string>))
            throw new ArgumentException($"unsupported property type {value.GetType().Name}", nameof(value));
    }
}
