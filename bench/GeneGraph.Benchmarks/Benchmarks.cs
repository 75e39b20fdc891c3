using System.Buffers;
using BenchmarkDotNet.Attributes;
using GeneGraph.Bolt.PackStream;
using GeneGraph.Cypher;
using GeneGraph.Diagnostics;
using GeneGraph.Extraction;
using GeneGraph.Graph;
using GeneGraph.Pipeline;
using GeneGraph.Schema;
using GeneGraph.VaultGenerator;
using GeneGraph.Writers;

namespace GeneGraph.Benchmarks;

/// <summary>Shared inputs: the user's LIF note and a generated vault of 1,000 genes (seed 1), built once per process.</summary>
internal static class Inputs
{
    private static readonly Lazy<string> RepoRootLazy = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GeneGraph.sln"))) return dir.FullName;
        // BenchmarkDotNet runs the benchmarks from a generated project below bin/; fall back to the working folder
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GeneGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("GeneGraph.sln not found");
    });

    public static string LifNote => File.ReadAllText(Path.Combine(RepoRootLazy.Value, "examples", "vault", "Genes", "LIF.md"));

    private static readonly Lazy<VaultGraphResult> VaultLazy = new(() =>
    {
        var data = GeneTable.FindDataFolder(RepoRootLazy.Value) ?? throw new InvalidOperationException("../shared/data not found");
        var folder = Path.Combine(Path.GetTempPath(), "genegraph-benchmarks-g1000-s1");
        if (!File.Exists(Path.Combine(folder, Generator.ManifestName)))
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            new Generator(GeneTable.Load(data)).Generate(new GeneratorOptions(1000, 6, 1, folder));
        }
        return VaultGraph.Build(folder);
    });

    public static VaultGraphResult Vault => VaultLazy.Value;
}

[MemoryDiagnoser]
public class PlotNameBenchmarks
{
    private readonly string[] _names =
    [
        "X0.567330246986036_ENSG00000128342_chr22.30247659.30247698.png",
        "X-0.572015831622048_ENSG00000143369_chr1.150506202.150506251.png",
        "X.0.41886_ENSG00000128342.13_chr22.30247659.30247698 1.png",
        "0.567_ENSG00000128342_chr22:30247659-30247698.png",
        "X1.2e.05_ENSG00000136158_13.80339126.80339195.png",
    ];

    [Benchmark(Description = "PlotNameParser.Parse x5 forms")]
    public int Parse()
    {
        var ok = 0;
        foreach (var name in _names)
            if (PlotNameParser.Parse(name, out _) is not null) ok++;
        return ok;
    }
}

[MemoryDiagnoser]
public class NoteExtractionBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = Inputs.LifNote;

    [Benchmark(Description = "parse + extract the LIF note")]
    public NoteFacts Extract() => VaultGraph.ExtractNote("Genes/LIF.md", _text, new DiagnosticBag());
}

[MemoryDiagnoser]
public class PackStreamBenchmarks
{
    private List<Dictionary<string, object?>> _rows = [];
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 22);

    [GlobalSetup]
    public void Setup() =>
        _rows = Inputs.Vault.Graph.EdgesOfType(RelationshipType.CorrelatesWith).Take(1000).Select(GraphRows.Relationship).ToList();

    [Benchmark(Description = "PackStream: 1,000 CORRELATES_WITH rows")]
    public int Encode()
    {
        _buffer.ResetWrittenCount();
        var writer = new PackStreamWriter(_buffer);
        writer.WriteValue(new Dictionary<string, object?> { ["rows"] = _rows });
        return _buffer.WrittenCount;
    }
}

[MemoryDiagnoser]
public class WriterBenchmarks
{
    private KnowledgeGraph _graph = null!;

    [GlobalSetup]
    public void Setup() => _graph = Inputs.Vault.Graph;

    [Benchmark(Description = "GraphML: 1,000-gene graph")]
    public void GraphML() => new GraphMLWriter().Write(_graph, Stream.Null);

    [Benchmark(Description = "JSON: 1,000-gene graph")]
    public void Json() => new JsonGraphWriter().Write(_graph, Stream.Null);
}

[MemoryDiagnoser]
public class GraphBuildBenchmarks
{
    private IReadOnlyList<NoteFacts> _notes = null!;

    [GlobalSetup]
    public void Setup() => _notes = Inputs.Vault.Notes;

    [Benchmark(Description = "Graph build: merge the facts of a 1,000-gene vault")]
    public int Build() => new GraphBuilder(new DiagnosticBag()).Build(_notes).EdgeCount;
}

/// <summary>
/// The note cache's decode of a 1,000-gene vault's facts (every note's entry, as a reload reads them): decoded and
/// then swapped for the shared strings, as the cache did before (baseline), against shared as they are decoded.
/// </summary>
[MemoryDiagnoser]
public class NoteCacheDecodeBenchmarks
{
    private byte[][] _entries = null!;

    [GlobalSetup]
    public void Setup() => _entries = [.. Inputs.Vault.Notes.Select(Encode)];

    private static byte[] Encode(NoteFacts facts)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) NoteFactsCodec.Write(writer, facts, []);
        return buffer.ToArray();
    }

    private static BinaryReader Reader(byte[] entry) => new(new MemoryStream(entry, 0, entry.Length, false, true), System.Text.Encoding.UTF8);

    [Benchmark(Baseline = true, Description = "Note cache: decode 1,000 genes' facts, then share their strings")]
    public int DecodeThenShare()
    {
        var strings = new SharedStrings();
        var plots = 0;
        foreach (var entry in _entries)
        {
            var facts = NoteFactsCodec.Read(Reader(entry)).Facts;
            strings.ShareIn(facts);
            plots += facts.Plots.Count;
        }
        return plots;
    }

    [Benchmark(Description = "Note cache: decode 1,000 genes' facts, sharing strings as they are decoded")]
    public int DecodeShared()
    {
        var strings = new SharedStrings();
        var plots = 0;
        foreach (var entry in _entries) plots += NoteFactsCodec.Read(Reader(entry), strings).Facts.Plots.Count;
        return plots;
    }
}
