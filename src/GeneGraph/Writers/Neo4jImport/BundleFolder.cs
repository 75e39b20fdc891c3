namespace GeneGraph.Writers.Neo4jImport;

/// <summary>
/// Writes a folder so that it appears whole or not at all: the files go into a temp folder beside the target,
/// which is then renamed to the target. An existing target is replaced only when it is a bundle of ours (it holds
/// <see cref="Neo4jImportFormat.MarkerFileName"/>) or an empty folder; anything else is refused.
/// </summary>
public static class BundleFolder
{
    public static void Write(string folder, Action<string> fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        var target = Path.GetFullPath(Path.TrimEndingDirectorySeparator(folder));
        var parent = Path.GetDirectoryName(target) ?? throw new Neo4jImportException($"'{folder}' cannot be a bundle folder");
        var name = Path.GetFileName(target);
        EnsureReplaceable(target);
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{name}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(temp);
        try
        {
            fill(temp);
            File.WriteAllText(Path.Combine(temp, Neo4jImportFormat.MarkerFileName),
                "A neo4j-import bundle written by GeneGraph. 'genegraph export --format neo4j-import' replaces a folder only when it holds this file.\n");
            if (Directory.Exists(target))
            {
                EnsureReplaceable(target);
                var old = Path.Combine(parent, $".{name}.{Guid.NewGuid():N}.old");
                Directory.Move(target, old);
                try
                {
                    Directory.Move(temp, target);
                }
                catch
                {
                    Directory.Move(old, target);
                    throw;
                }
                TryDelete(old);
            }
            else
            {
                Directory.Move(temp, target);
            }
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Throws unless <paramref name="target"/> is absent, an empty folder, or a bundle of ours.</summary>
    public static void EnsureReplaceable(string target)
    {
        if (File.Exists(target))
            throw new Neo4jImportException($"'{target}' is a file; a neo4j-import bundle is a folder");
        if (!Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any()) return;
        if (!File.Exists(Path.Combine(target, Neo4jImportFormat.MarkerFileName)))
            throw new Neo4jImportException(
                $"refusing to replace '{target}': it is not empty and not a GeneGraph neo4j-import bundle (no {Neo4jImportFormat.MarkerFileName} in it)");
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // the original exception, or the finished bundle, matters more than a leftover temp folder
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
