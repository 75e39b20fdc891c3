using GeneGraph.Writers;
using GeneGraph.Writers.Neo4jImport;

namespace GeneGraph.Cli.Commands;

/// <summary><c>genegraph export &lt;vault&gt; --format neo4j-import -o &lt;folder&gt;</c>: the bundle for Neo4j's offline importer.</summary>
internal static class ExportBundle
{
    public static int Run(DirectoryInfo vault, string target, bool strict)
    {
        if (target == AtomicFile.StandardOutput)
        {
            Console.Error.WriteLine($"genegraph: error: {Neo4jImportFormat.FormatName} writes a folder of files; give a folder with -o, not '-'");
            return ExitCodes.Usage;
        }
        try
        {
            BundleFolder.EnsureReplaceable(Path.GetFullPath(Path.TrimEndingDirectorySeparator(target)));
        }
        catch (Neo4jImportException e)
        {
            Console.Error.WriteLine($"genegraph: error: {e.Message}");
            return ExitCodes.IoError;
        }
        if (VaultStep.Build(vault) is not { } result) return ExitCodes.IoError;
        var exit = DiagnosticPrinter.Print(result.Diagnostics, strict, Console.Error);
        Neo4jImportBundle bundle;
        try
        {
            bundle = new Neo4jImportBundleWriter().Write(result.Graph, target);
        }
        catch (Neo4jImportException e)
        {
            Console.Error.WriteLine($"genegraph: error: cannot write '{target}': {e.Message}");
            return ExitCodes.IoError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"genegraph: error: cannot write '{target}': {e.Message}");
            return ExitCodes.IoError;
        }
        Console.Error.WriteLine($"wrote {result.Graph.NodeCount} nodes and {result.Graph.EdgeCount} edges from {result.GeneNotes} gene notes " +
                                $"({result.NotesRead} notes) to {target}: {bundle.NodeFiles.Count} node files, " +
                                $"{bundle.RelationshipFiles.Count} relationship files; import with: bash {Path.Combine(target, Neo4jImportFormat.ScriptFileName)}");
        return exit;
    }
}
