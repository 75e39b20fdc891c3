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
    case "breakdown":
    {
        // The stages of VaultGraph.Build and of export, each timed alone (sequential, so each stage's own cost shows).
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var files = VaultReader.FindNotes(args[1], diagnostics);
        var tFind = clock.Elapsed.TotalSeconds;
        var texts = files.Select(f => VaultReader.Read(f.Path, f.FullPath, diagnostics)!).ToList();
        var tRead = clock.Elapsed.TotalSeconds;
        var notes = texts.Select(t => NoteParser.Parse(t.Path, t.Text)).ToList();
        var tParse = clock.Elapsed.TotalSeconds;
        var facts = notes.Select(n => GeneGraph.Extraction.NoteExtractor.Extract(n, diagnostics)).ToList();
        GeneGraph.Extraction.NoteExtractor.PromoteStubs(facts);
        var tExtract = clock.Elapsed.TotalSeconds;
        var graph = new GeneGraph.Graph.GraphBuilder(diagnostics).Build(facts);
        var tGraph = clock.Elapsed.TotalSeconds;
        new GraphMLWriter().Write(graph, Stream.Null);
        var tGraphML = clock.Elapsed.TotalSeconds;
        new JsonGraphWriter().Write(graph, Stream.Null);
        var tJson = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"find {tFind:F3} read {tRead - tFind:F3} parse {tParse - tRead:F3} extract {tExtract - tParse:F3} " +
                          $"graph {tGraph - tExtract:F3} graphml {tGraphML - tGraph:F3} json {tJson - tGraphML:F3} (sequential, one run, cold JIT)");
        return 0;
    }
    default:
        Console.Error.WriteLine($"unknown mode '{args[0]}'");
        return 2;
}
