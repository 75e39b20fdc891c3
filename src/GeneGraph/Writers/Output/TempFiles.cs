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

    /// <summary>
    /// The failure of a write, its message naming the target as the user named it instead of the temp file or folder
    /// (which the user never asked for and which is gone): <c>Access to the path 'out/x.graphml' is denied.</c>
    /// </summary>
    public static Exception NamingTarget(Exception failure, string temp, string target) =>
        failure is IOException or UnauthorizedAccessException && failure.Message.Contains(temp, StringComparison.Ordinal)
            ? new IOException(failure.Message.Replace(temp, target, StringComparison.Ordinal), failure)
            : failure;
}
