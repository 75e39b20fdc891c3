using System.Diagnostics;
using System.Runtime.CompilerServices;
using GeneGraph.Diagnostics;
using GeneGraph.Extraction;
using GeneGraph.Graph;
using GeneGraph.Notes;
using GeneGraph.Pipeline;
using GeneGraph.Vault;
using GeneGraph.Writers;

namespace GeneGraph.BenchTool;

/// <summary>
/// Where an export's time goes: each stage alone and in order on one thread (so each stage's own cost shows, with the
/// JIT cold as in a real run), then the pipeline as export runs it (read, parse and extract in parallel, then the build)
/// and the writes, with the collector's counts.
/// </summary>
internal static class StageBreakdown
{
    // Compiled optimised at once, not first at tier 0, whose code keeps every local and temporary alive to the end of
    // the method: the live heap after a stage would then still hold the texts and syntax trees of the stages before.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Run(string vault, bool memory)
    {
        // CPU seconds of the whole process beside the wall-clock ones: on a shared machine the wall clock of a stage
        // says more about the neighbours than about the stage.
        var stages = new List<(string Name, double Seconds, double CpuSeconds, long AllocatedBytes, long LiveBytes)>();
        var process = Process.GetCurrentProcess();
        var clock = Stopwatch.StartNew();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        void Stage(string name)
        {
            var seconds = clock.Elapsed.TotalSeconds;
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            var allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            var live = memory ? GC.GetTotalMemory(forceFullCollection: true) : 0;
            stages.Add((name, seconds, cpuSeconds, allocatedBytes, live));
            process.Refresh();
            cpu = process.TotalProcessorTime;
            allocated = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
        }

        var diagnostics = new DiagnosticBag();
        var files = VaultReader.FindNotes(vault, diagnostics);
        Stage("find");
        var texts = files.Select(f => VaultReader.Read(f.Path, f.FullPath, diagnostics)!).ToList();
        Stage("read");
        var notes = texts.Select(t => NoteParser.Parse(t.Path, t.Text).Note!).ToList();
        Stage("parse");
        SharedStrings? strings = new(); // as VaultGraph.Build extracts
        var facts = notes.Select(n => NoteExtractor.Extract(n, diagnostics, strings)).ToList();
        NoteExtractor.PromoteStubs(facts);
        texts = null;
        notes = null;
        strings = null; // held by the lambda's closure, which lives as long as diagnostics
        Stage("extract");
        var graph = new GraphBuilder(diagnostics).Build(facts);
        Stage("build");
        new GraphMLWriter().Write(graph, Stream.Null);
        Stage("graphml");
        new JsonGraphWriter().Write(graph, Stream.Null);
        Stage("json");
        GC.KeepAlive(graph);
        GC.KeepAlive(facts);
        facts = null;
        graph = null;

        var pipeline = VaultGraph.Build(vault);
        Stage("pipeline");
        new GraphMLWriter().Write(pipeline.Graph, Stream.Null);
        Stage("pipeline-graphml");
        GC.KeepAlive(pipeline);

        Console.WriteLine("wall: " + string.Join(' ', stages.Select(s => $"{s.Name} {s.Seconds:F3}")) +
                          " (seconds; alone and in order on one thread, cold JIT; then VaultGraph.Build in parallel and a second GraphML write)");
        Console.WriteLine("cpu:  " + string.Join(' ', stages.Select(s => $"{s.Name} {s.CpuSeconds:F3}")) + " (seconds of the process, every thread: JIT and GC included)");
        Console.WriteLine("allocated MB: " + string.Join(' ', stages.Select(s => $"{s.Name} {s.AllocatedBytes / 1e6:F0}")));
        if (memory)
            Console.WriteLine("live MB after: " + string.Join(' ', stages.Select(s => $"{s.Name} {s.LiveBytes / 1e6:F1}")));
        // one line for bench/run.sh: key=value, seconds and megabytes
        Console.WriteLine("record " + string.Join(' ', stages.Select(s =>
            $"wall.{s.Name}={s.Seconds:F3} cpu.{s.Name}={s.CpuSeconds:F3} alloc.{s.Name}={s.AllocatedBytes / 1e6:F0}")) +
            $" gc.pause={GC.GetTotalPauseDuration().TotalSeconds:F3}");
        Console.WriteLine($"GC gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, " +
                          $"paused {GC.GetTotalPauseDuration().TotalSeconds:F3} s, allocated {GC.GetTotalAllocatedBytes() / 1e6:F0} MB, " +
                          $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        return 0;
    }
}
