namespace GeneGraph.Writers.Output;

/// <summary>
/// A folder that appears whole or not at all: the files go into a temp folder beside the target, which is then
/// renamed to the target. The writer's marker file is added last; an existing target is replaced only when it
/// holds that marker (a bundle the same writer wrote) or is an empty folder, anything else is refused.
/// </summary>
/// <param name="path">The folder, as its user named it.</param>
/// <param name="kind">What the folder is, in messages (<c>neo4j-import bundle</c>).</param>
/// <param name="markerFileName">The file that marks the folder as the writer's own.</param>
/// <param name="markerText">The marker file's content.</param>
public sealed class FolderTarget(string path, string kind, string markerFileName, string markerText) : OutputTarget(path)
{
    /// <summary>The folder's full path, without a trailing separator.</summary>
    public string FullPath { get; } = Path.GetFullPath(Path.TrimEndingDirectorySeparator(path));

    public string MarkerFileName { get; } = markerFileName;

    /// <summary>Fills a new, empty temp folder with <paramref name="fill"/>, then puts it in the target's place.</summary>
    public void Write(Action<string> fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        var parent = Path.GetDirectoryName(FullPath) ?? throw new OutputTargetException($"'{Name}' cannot be a bundle folder");
        var name = Path.GetFileName(FullPath);
        EnsureUsable();
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(temp);
            fill(temp);
            File.WriteAllText(Path.Combine(temp, MarkerFileName), markerText);
            if (Directory.Exists(FullPath)) Replace(temp, Path.Combine(parent, $".{name}.{Guid.NewGuid():N}.old"));
            else Directory.Move(temp, FullPath);
        }
        catch (Exception e)
        {
            TempFiles.TryDelete(temp);
            var named = TempFiles.NamingTarget(e, temp, Name);
            if (named == e) throw;
            throw named;
        }
    }

    /// <summary>Moves the existing target aside, the new folder in, and deletes the old one; puts it back when the move fails.</summary>
    private void Replace(string temp, string old)
    {
        EnsureUsable();
        Directory.Move(FullPath, old);
        try
        {
            Directory.Move(temp, FullPath);
        }
        catch
        {
            Directory.Move(old, FullPath);
            throw;
        }
        TempFiles.TryDelete(old);
    }

    /// <summary>Throws unless the target is absent, an empty folder, or a folder holding the marker.</summary>
    public override void EnsureUsable()
    {
        if (File.Exists(FullPath))
            throw new OutputTargetException($"'{FullPath}' is a file; a {kind} is a folder");
        if (!Directory.Exists(FullPath) || !Directory.EnumerateFileSystemEntries(FullPath).Any()) return;
        if (!File.Exists(Path.Combine(FullPath, MarkerFileName)))
            throw new OutputTargetException(
                $"refusing to replace '{FullPath}': it is not empty and not a GeneGraph {kind} (no {MarkerFileName} in it)");
    }
}
