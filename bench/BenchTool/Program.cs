using System.Diagnostics;
using GeneGraph.Diagnostics;
using GeneGraph.Notes;
using GeneGraph.Pipeline;
using GeneGraph.Vault;
using GeneGraph.Writers;
using Markdig;

// GeneGraph.BenchTool floor <vault> [genegraph|commonmark]
//   The floor of `genegraph export`: find every note, read it, Markdown.Parse it (in parallel, as VaultGraph.Build
//   does), nothing else. Prints "notes <n> blocks <n> seconds <s>" (seconds: in-process, after start-up).
// GeneGraph.BenchTool write-graphml <vault> <out.graphml> [repeats]
//   Builds the graph once, then times only GraphMLWriter.Write to a file; prints each time and the median.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: GeneGraph.BenchTool floor <vault> [genegraph|commonmark] | write-graphml <vault> <out> [repeats]");
    return 2;
}
switch (args[0])
{
    case "floor":
    {
        var pipeline = args.Length > 2 && args[2] == "commonmark" ? new MarkdownPipelineBuilder().Build() : NoteParser.Pipeline;
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var files = VaultReader.FindNotes(args[1], diagnostics);
        var blocks = files.AsParallel().AsOrdered()
            .Select(f => VaultReader.Read(f.Path, f.FullPath, diagnostics) is { } file ? Markdown.Parse(file.Text, pipeline).Count : 0)
            .Sum();
        Console.WriteLine($"notes {files.Count} blocks {blocks} seconds {clock.Elapsed.TotalSeconds:F3}");
        return 0;
    }
    case "write-graphml":
    {
        var repeats = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var graph = VaultGraph.Build(args[1]).Graph;
        var writer = new GraphMLWriter();
        var times = new List<double>();
        for (var i = 0; i < repeats + 1; i++) // the first run warms the JIT and is not counted
        {
            var clock = Stopwatch.StartNew();
            using (var stream = new FileStream(args[2], FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                writer.Write(graph, stream);
            if (i > 0) times.Add(clock.Elapsed.TotalSeconds);
        }
        times.Sort();
        Console.WriteLine($"nodes {graph.NodeCount} edges {graph.EdgeCount} runs {string.Join(',', times.Select(t => t.ToString("F4")))} median {times[times.Count / 2]:F4}");
        return 0;
    }
    default:
        Console.Error.WriteLine($"unknown mode '{args[0]}'");
        return 2;
}
