using System.CommandLine;
using GeneGraph.Graph;
using GeneGraph.Pipeline;
using GeneGraph.Writers;
using GeneGraph.Writers.Output;

namespace GeneGraph.Cli.Commands;

/// <summary>
/// The <c>-o</c> of <c>export</c> and <c>view</c> as a writer's target: <c>-</c> is standard output (for the formats
/// of one stream), anything else the file or folder the writer writes there. Each step says why it could not.
/// </summary>
internal static class GraphOutput
{
    /// <summary>The output name meaning standard output (<c>-o -</c>).</summary>
    public const string StandardOutput = "-";

    /// <summary>The <c>--output</c>/<c>-o</c> option, required.</summary>
    public static Option<string> Option(string description) => new("--output", "-o")
    {
        Description = description,
        Required = true,
    };

    /// <summary>
    /// The run of <c>export</c> and <c>view</c>: the target checked before the vault is read, the vault read and its
    /// diagnostics printed, the graph written, and then, unless to standard output, what <paramref name="wrote"/> says
    /// (from the result and the writer's note) on stderr. <paramref name="addToGraph"/> (e.g. the derived edges) runs
    /// on the graph before it is written; an exit code other than success from it stops the run. Then
    /// <paramref name="selection"/> picks the part of the graph that is written (a partial export). Returns the exit code.
    /// </summary>
    public static int Run(ParseResult parse, VaultInput input, string output, IGraphWriter writer, Func<VaultGraphResult, string?, string> wrote,
        Func<ParseResult, VaultGraphResult, int>? addToGraph = null, SelectionOptions? selection = null)
    {
        if (Target(output, writer, out var refused) is not { } target) return refused;
        if (input.Read(parse) is not { } result) return ExitCodes.IoError;
        var exit = input.Report(parse, result);
        if (addToGraph?.Invoke(parse, result) is { } added and not ExitCodes.Success) return added;
        if (selection is not null)
        {
            if (selection.Select(parse, result.Graph) is not { } selected) return ExitCodes.Usage;
            result = result with { Graph = selected };
        }
        if (!TryWrite(target, writer, result.Graph, out var note)) return ExitCodes.IoError;
        if (output != StandardOutput && !VaultInput.Quiet(parse)) Console.Error.WriteLine(wrote(result, note));
        return exit;
    }

    /// <summary>
    /// The target <paramref name="output"/> names for <paramref name="writer"/>, checked before the vault is read (a
    /// folder that is not the writer's own is refused); null, with the exit code, after saying why on stderr.
    /// </summary>
    public static OutputTarget? Target(string output, IGraphWriter writer, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        if (output == StandardOutput)
        {
            if (writer is StreamGraphWriter) return new OpenStreamTarget(Console.OpenStandardOutput(), output);
            Console.Error.WriteLine($"genegraph: error: {writer.FormatName} writes a folder of files; give a folder with -o, not '{StandardOutput}'");
            exitCode = ExitCodes.Usage;
            return null;
        }
        var target = writer.TargetAt(output);
        try
        {
            target.EnsureUsable();
            return target;
        }
        catch (OutputTargetException e)
        {
            Console.Error.WriteLine($"genegraph: error: {e.Message}");
            exitCode = ExitCodes.IoError;
            return null;
        }
    }

    /// <summary>
    /// Writes the graph into the target; false (after saying why on stderr) when it cannot. <paramref name="note"/> is
    /// what the writer says about its output beyond the counts (a bundle's files), or null.
    /// </summary>
    public static bool TryWrite(OutputTarget target, IGraphWriter writer, KnowledgeGraph graph, out string? note)
    {
        try
        {
            note = writer.Write(graph, target);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or GraphWriteException)
        {
            Console.Error.WriteLine($"genegraph: error: cannot write '{target.Name}': {e.Message}");
            note = null;
            return false;
        }
    }
}
