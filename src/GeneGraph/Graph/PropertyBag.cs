using System.Collections;
using GeneGraph.Schema;

namespace GeneGraph.Graph;

/// <summary>
/// Typed properties of a node or edge, kept in ordinal name order so every writer emits them the same way.
/// Values are <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or a list of strings.
/// </summary>
/// <remarks>An element has a handful of properties: a small sorted array with binary search, not a tree.</remarks>
public sealed class PropertyBag : IEnumerable<KeyValuePair<string, object>>
{
    private KeyValuePair<string, object>[] _items = [];
    private int _count;

    public int Count => _count;

    public object? this[string name] => IndexOf(name) is var i and >= 0 ? _items[i].Value : null;

    public object? this[Property property] => this[property.Name];

    public bool TryGet(string name, out object value)
    {
        var i = IndexOf(name);
        value = i >= 0 ? _items[i].Value : null!;
        return i >= 0;
    }

    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>Sets a value the first time; returns the value already held when it differs (first wins), else null.</summary>
    internal object? SetIfAbsent(string name, object value)
    {
        Validate(value);
        var i = IndexOf(name);
        if (i < 0)
        {
            Insert(~i, name, value);
            return null;
        }
        var existing = _items[i].Value;
        return ValuesEqual(existing, value) ? null : existing;
    }

    /// <inheritdoc cref="SetIfAbsent(string, object)"/>
    internal object? SetIfAbsent<T>(Property<T> property, T value)
        where T : notnull => SetIfAbsent(property.Name, value);

    internal void Set<T>(Property<T> property, T value)
        where T : notnull => Set(property.Name, value);

    internal void Set(string name, object value)
    {
        Validate(value);
        var i = IndexOf(name);
        if (i >= 0) _items[i] = new(name, value);
        else Insert(~i, name, value);
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<string, object>> IEnumerable<KeyValuePair<string, object>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public static bool ValuesEqual(object a, object b) => (a, b) switch
    {
        (IReadOnlyList<string> x, IReadOnlyList<string> y) => x.SequenceEqual(y, StringComparer.Ordinal),
        _ => Equals(a, b),
    };

    /// <summary>The index of <paramref name="name"/>, or the bitwise complement of where it would go.</summary>
    private int IndexOf(string name)
    {
        int low = 0, high = _count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var order = string.CompareOrdinal(_items[mid].Key, name);
            if (order == 0) return mid;
            if (order < 0) low = mid + 1;
            else high = mid - 1;
        }
        return ~low;
    }

    private void Insert(int at, string name, object value)
    {
        if (_count == _items.Length) Array.Resize(ref _items, Math.Max(4, _count * 2));
        Array.Copy(_items, at, _items, at + 1, _count - at);
        _items[at] = new(name, value);
        _count++;
    }

    private static void Validate(object value)
    {
        if (value is not (string or long or double or bool or IReadOnlyList<string>))
            throw new ArgumentException($"unsupported property type {value.GetType().Name}", nameof(value));
    }

    public struct Enumerator(PropertyBag bag) : IEnumerator<KeyValuePair<string, object>>
    {
        private int _index = -1;

        public readonly KeyValuePair<string, object> Current => bag._items[_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < bag._count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
