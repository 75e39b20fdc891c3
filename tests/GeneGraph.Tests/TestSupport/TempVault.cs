namespace GeneGraph.Tests.TestSupport;

/// <summary>A temporary vault folder, deleted on dispose.</summary>
internal sealed class TempVault : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("genegraph-tests-").FullName;

    /// <summary>A temp vault holding a copy of every file below <paramref name="folder"/>.</summary>
    public static TempVault CopyOf(string folder)
    {
        var vault = new TempVault();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(vault.Root, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return vault;
    }

    public string Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>A FIFO (named pipe) at <paramref name="relativePath"/>: opening it for reading would wait for a writer.</summary>
    public void WriteFifo(string relativePath)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        Assert.Equal(0, ChildProcess.Run("mkfifo", [full]).ExitCode);
    }

    public void Dispose()
    {
        try { if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
