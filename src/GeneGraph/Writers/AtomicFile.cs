namespace GeneGraph.Writers;

/// <summary>
/// Writes a file so that readers see either the old content or the complete new content, never a half-written file:
/// the content goes to a temp file in the target's folder, is flushed to disk, then renamed over the target.
/// When the content callback throws, the temp file is deleted and the target is left untouched.
/// </summary>
public static class AtomicFile
{
    /// <summary>The output name meaning standard output (<c>-o -</c>).</summary>
    public const string StandardOutput = "-";

    /// <summary>Writes <paramref name="path"/> atomically with the bytes <paramref name="write"/> puts in the stream.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)
            ?? throw new ArgumentException($"'{path}' names no file", nameof(path));
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Writes to <paramref name="pathOrDash"/>: standard output (<paramref name="standardOutput"/>, by default the
    /// process's) when it is <c>-</c>, else the file, atomically. Standard output is flushed, not closed.
    /// </summary>
    public static void WriteTo(string pathOrDash, Action<Stream> write, Stream? standardOutput = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (pathOrDash != StandardOutput)
        {
            Write(pathOrDash, write);
            return;
        }
        if (standardOutput is not null)
        {
            write(standardOutput);
            standardOutput.Flush();
            return;
        }
        using var stdout = Console.OpenStandardOutput();
        write(stdout);
        stdout.Flush();
    }

    /// <summary>Writes a graph with <paramref name="writer"/> to a file (atomically) or to standard output (<c>-</c>).</summary>
    public static void WriteGraph(string pathOrDash, IGraphWriter writer, Graph.KnowledgeGraph graph, Stream? standardOutput = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteTo(pathOrDash, stream => writer.Write(graph, stream), standardOutput);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // the original exception matters more than a temp file we could not remove
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
