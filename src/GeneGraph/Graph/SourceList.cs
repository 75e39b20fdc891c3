using System.Collections;

namespace GeneGraph.Graph;

/// <summary>
/// The sources of a node or edge: distinct <see cref="SourceRef"/>s in path, then line order. Most elements have one
/// (most of the rest two or three), so the first sits in the list itself and only the others in an array.
/// </summary>
/// <remarks>
/// The first source is kept as its two fields rather than as a <see cref="SourceRef"/>, whose padding would take the
/// room of <c>_count</c>: 40 bytes a list instead of 48, on each of the graph's ~290k elements at 20k genes.
/// </remarks>
public sealed class SourceList : IReadOnlyCollection<SourceRef>
{
    private string? _firstPath;
    private int _firstLine;
    private int _count;
    private SourceRef[]? _rest; // the sources after the first, in order

    private SourceRef First
    {
        get => new(_firstPath!, _firstLine);
        set => (_firstPath, _firstLine) = (value.Path, value.Line);
    }

    public int Count => _count;

    /// <summary>The first source in path and line order.</summary>
    public SourceRef Min => _count > 0 ? First : throw new InvalidOperationException("no sources");

    private SourceRef this[int index] => index == 0 ? First : _rest![index - 1];

    /// <summary>Adds a source; false when it is already there.</summary>
    public bool Add(SourceRef source)
    {
        if (_count == 0)
        {
            First = source;
            _count = 1;
            return true;
        }
        // sources mostly arrive in order (notes in path order, facts in line order): look at the end first
        var at = this[_count - 1].CompareTo(source) < 0 ? _count : Find(source);
        if (at < 0) return false;
        var rest = _count - 1;
        if (_rest is null || rest == _rest.Length) Array.Resize(ref _rest, Math.Max(2, rest * 2));
        if (at == 0)
        {
            Array.Copy(_rest, 0, _rest, 1, rest);
            _rest[0] = First;
            First = source;
        }
        else
        {
            Array.Copy(_rest, at - 1, _rest, at, rest - (at - 1));
            _rest[at - 1] = source;
        }
        _count++;
        return true;
    }

    /// <summary>Where <paramref name="source"/> goes, or -1 when it is already there.</summary>
    private int Find(SourceRef source)
    {
        var order = First.CompareTo(source);
        if (order == 0) return -1;
        if (order > 0) return 0;
        var i = Array.BinarySearch(_rest!, 0, _count - 1, source);
        return i >= 0 ? -1 : ~i + 1;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<SourceRef> IEnumerable<SourceRef>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(SourceList list) : IEnumerator<SourceRef>
    {
        private int _index = -1;

        public readonly SourceRef Current => list[_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < list._count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
