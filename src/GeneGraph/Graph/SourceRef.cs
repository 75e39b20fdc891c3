namespace GeneGraph.Graph;

/// <summary>Where a fact came from: a vault-relative note path and a 1-based line (0: the whole note).</summary>
public readonly record struct SourceRef(string Path, int Line) : IComparable<SourceRef>
{
    public int CompareTo(SourceRef other)
    {
        var byPath = string.CompareOrdinal(Path, other.Path);
        return byPath != 0 ? byPath : Line.CompareTo(other.Line);
    }

    public override string ToString() => Line > 0 ? $"{Path}:{Line}" : Path;
}
