namespace GeneGraph.Writers.Output;

/// <summary>
/// Where a writer puts a graph: one stream (<see cref="StreamTarget"/>: a file, or a stream the caller holds) or a
/// folder of files (<see cref="FolderTarget"/>). A target on disk is written whole or not at all.
/// </summary>
public abstract class OutputTarget(string name)
{
    /// <summary>The target as its user named it, for every message about it.</summary>
    public string Name { get; } = name;

    /// <summary>Throws <see cref="OutputTargetException"/> when the target can be told unusable before anything is written.</summary>
    public virtual void EnsureUsable()
    {
    }

    public override string ToString() => Name;
}
