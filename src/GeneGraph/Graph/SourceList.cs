using System.Collections;

namespace GeneGraph.Graph;

/// <summary>
/// The sources of a node or edge: distinct <see cref="SourceRef"/>s in path, then line order. Most elements have one
/// to three, so they sit in a small sorted array (a SortedSet was a tree node per source).
/// </summary>
public sealed class SourceList : IReadOnlyCollection<SourceRef>
{
    private SourceRef[] _items = [];
    private int _count;

    public int Count => _count;

    /// <summary>The first source in path and line order.</summary>
    public SourceRef Min => _count > 0 ? _items[0] : throw new InvalidOperationException("no sources");

    /// <summary>Adds a source; false when it is already there.</summary>
    public bool Add(SourceRef source)
    {
        // sources mostly arrive in order (notes in path order, facts in line order): look at the end first
        var at = _count > 0 && _items[_count - 1].CompareTo(source) < 0 ? ~_count : Array.BinarySearch(_items, 0, _count, source);
        if (at >= 0) return false;
        at = ~at;
        if (_count == _items.Length) Array.Resize(ref _items, Math.Max(2, _count * 2));
        Array.Copy(_items, at, _items, at + 1, _count - at);
        _items[at] = source;
        _count++;
        return true;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<SourceRef> IEnumerable<SourceRef>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(SourceList list) : IEnumerator<SourceRef>
    {
        private int _index = -1;

        public readonly SourceRef Current => list._items[_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < list._count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
