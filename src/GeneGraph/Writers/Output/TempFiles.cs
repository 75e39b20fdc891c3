namespace GeneGraph.Writers.Output;

/// <summary>Removes what a failed or finished write left behind, without hiding why it failed.</summary>
internal static class TempFiles
{
    public static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            else File.Delete(path);
        }
        catch (IOException)
        {
            // the original exception, or the finished output, matters more than a leftover temp file
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
