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
// GeneGraph.BenchTool load-timing <vault> <bolt-uri> [batchSize] [concurrency]
//   genegraph load (password from NEO4J_PASSWORD), printing the time of every batch.
// GeneGraph.BenchTool write-graphml <vault> <out.graphml> [repeats]
//   Builds the graph once, writes it for at least a second to warm the JIT, then times only GraphMLWriter.Write to a
//   file, [repeats] times; prints each time and the median.
// GeneGraph.BenchTool pathological [megabytes, default 10]
//   Times one note of each pathological shape (deep list and quote nesting, 100k repeated `[a](`, unclosed
//   emphasis, backtick runs, ...) through VaultGraph.ExtractNote, as a vault note takes it: pre-scan, Markdig,
//   extraction. Prints "shape bytes seconds outcome" per line; the target is <= 2 s each for 10 MB.
if (args.Length >= 1 && args[0] == "pathological")
    return GeneGraph.BenchTool.PathologicalNotes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
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
            double Write()
            {
                var clock = Stopwatch.StartNew();
                using (var stream = new FileStream(args[2], FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                    writer.Write(graph, stream);
                return clock.Elapsed.TotalSeconds;
            }
            // Warm-up, not counted: at least one write and at least a second of writes. The JIT recompiles hot methods
            // (tier 1) in the background over the first writes; a 1k graph writes in ~30 ms, so a single warm-up write
            // would leave the counted ones half at tier 0 (measured: 65-100 ms instead of 30 ms).
            var warmUp = Stopwatch.StartNew();
            var warmUps = 0;
            do { Write(); warmUps++; } while (warmUp.Elapsed.TotalSeconds < 1);
            var times = Enumerable.Range(0, repeats).Select(_ => Write()).ToList();
            Console.WriteLine($"nodes {graph.NodeCount} edges {graph.EdgeCount} warm-ups {warmUps} runs {string.Join(',', times.Select(t => t.ToString("F4")))} median {times.Order().ElementAt(times.Count / 2):F4}");
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
            var notes = texts.Select(t => NoteParser.Parse(t.Path, t.Text).Note!).ToList();
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
                              $"graph {tGraph - tExtract:F3} graphml {tGraphML - tGraph:F3} json {tJson - tGraphML:F3} (sequential, one run, cold JIT); " +
                              $"GC gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalSeconds:F3} s, " +
                              $"allocated {GC.GetTotalAllocatedBytes() / 1e6:F0} MB");
            return 0;
        }
    case "load-timing":
        {
            // GeneGraph.BenchTool load-timing <vault> <uri> [batchSize] [concurrency]: genegraph load with the time of every batch
            var graph = VaultGraph.Build(args[1]).Graph;
            var batchSize = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5000;
            await using var driver = new GeneGraph.Bolt.BoltDriver(args[2],
                GeneGraph.Bolt.AuthToken.Basic("neo4j", Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? ""));
            var clock = Stopwatch.StartNew();
            var last = 0.0;
            var progress = new SynchronousProgress(p =>
            {
                var now = clock.Elapsed.TotalSeconds;
                Console.WriteLine($"{now:F3} +{now - last:F3} {p.RowsWritten}/{p.TotalRows} {p.Step}");
                last = now;
            });
            await new GeneGraph.Neo4j.Loading.Neo4jLoader(driver, new()
            {
                BatchSize = batchSize,
                Concurrency = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 1,
            }).LoadAsync(graph, progress);
            Console.WriteLine($"total {clock.Elapsed.TotalSeconds:F3} s");
            return 0;
        }
    default:
        Console.Error.WriteLine($"unknown mode '{args[0]}'");
        return 2;
}

internal sealed class SynchronousProgress(Action<GeneGraph.Neo4j.Loading.LoadProgress> report) : IProgress<GeneGraph.Neo4j.Loading.LoadProgress>
{
    public void Report(GeneGraph.Neo4j.Loading.LoadProgress value) => report(value);
}
