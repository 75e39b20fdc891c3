namespace GeneGraph.Writers.Output;

/// <summary>
/// A file that readers see either with its old content or with the complete new content, never half-written:
/// the content goes to a temp file in the target's folder, is flushed to disk, then renamed over the target.
/// When writing throws, the temp file is deleted and the target is left untouched.
/// </summary>
public sealed class FileTarget(string path) : StreamTarget(path)
{
    public string Path { get; } = path;

    public override void Write(Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var target = System.IO.Path.GetFullPath(Path);
        var folder = System.IO.Path.GetDirectoryName(target)
            ?? throw new ArgumentException($"'{Path}' names no file");
        Directory.CreateDirectory(folder);
        var temp = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e)
        {
            TempFiles.TryDelete(temp);
            var named = TempFiles.NamingTarget(e, temp, Path);
            if (named == e) throw;
            throw named;
        }
    }
}
