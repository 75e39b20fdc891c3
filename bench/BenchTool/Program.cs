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
// GeneGraph.BenchTool breakdown <vault> [--memory]
//   The stages of export (read, parse, extract, build graph, write GraphML, write JSON), each timed alone, one after
//   the other on one thread, then VaultGraph.Build and the writes as export runs them; --memory adds the live heap
//   after each stage (a full collection each, so the times of that run are not the ones to quote).
// GeneGraph.BenchTool breakdown <vault> [--memory]
//   The stages of export (read, parse, extract, build graph, write GraphML, write JSON), each timed alone, one after
//   the other on one thread, then VaultGraph.Build and the writes as export runs them; --memory adds the live heap
//   after each stage (a full collection each, so the times of that run are not the ones to quote).
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
        return GeneGraph.BenchTool.StageBreakdown.Run(args[1], args.Skip(2).Contains("--memory"));
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
