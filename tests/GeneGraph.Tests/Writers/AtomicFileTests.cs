using System.Text;
using GeneGraph.Graph;
using GeneGraph.Writers;

namespace GeneGraph.Tests.Writers;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class ThrowingWriter : IGraphWriter
    {
        public string FormatName => "throwing";

        public string DefaultExtension => ".throwing";

        public void Write(KnowledgeGraph graph, Stream output)
        {
            output.Write("half a file"u8);
            output.Flush();
            throw new InvalidOperationException("disk on fire");
        }
    }

    [Fact]
    public void AWriterThatThrowsMidwayLeavesTheOldFileIntactAndNoTempFile()
    {
        var target = Path.Combine(_folder, "graph.graphml");
        File.WriteAllText(target, "previous content");
        var error = Assert.Throws<InvalidOperationException>(
            () => AtomicFile.WriteGraph(target, new ThrowingWriter(), WriterTestGraph.Build()));
        Assert.Equal("disk on fire", error.Message);
        Assert.Equal("previous content", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(_folder));
    }

    [Fact]
    public void AWriterThatThrowsBeforeAnyFileExistedLeavesNothing()
    {
        var target = Path.Combine(_folder, "new.json");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteGraph(target, new ThrowingWriter(), WriterTestGraph.Build()));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void ASuccessfulWriteReplacesTheTargetWithTheWriterOutput()
    {
        var target = Path.Combine(_folder, "graph.json");
        File.WriteAllText(target, "previous content, longer than nothing");
        var graph = WriterTestGraph.Build();
        AtomicFile.WriteGraph(target, new JsonGraphWriter(), graph);
        Assert.Equal(WriterTests.Bytes(new JsonGraphWriter(), graph), File.ReadAllBytes(target));
        Assert.Equal([target], Directory.GetFiles(_folder));
    }

    [Fact]
    public void AMissingFolderIsCreatedAndHoldsOnlyTheTarget()
    {
        var target = Path.Combine(_folder, "missing", "graph.json");
        AtomicFile.Write(target, s => s.WriteByte(1));
        Assert.Equal([target], Directory.EnumerateFileSystemEntries(Path.Combine(_folder, "missing")));
        Assert.Equal([1], File.ReadAllBytes(target));
    }

    [Fact]
    public void DashWritesToStandardOutputAndLeavesItOpen()
    {
        using var stdout = new MemoryStream();
        var graph = WriterTestGraph.Build();
        AtomicFile.WriteGraph(AtomicFile.StandardOutput, new GraphMLWriter(), graph, stdout);
        Assert.True(stdout.CanWrite);
        Assert.Equal(WriterTests.Bytes(new GraphMLWriter(), graph), stdout.ToArray());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public void WriteToAFileNamedLikeAPathIsAtomicToo()
    {
        var target = Path.Combine(_folder, "out.txt");
        AtomicFile.WriteTo(target, s => s.Write(Encoding.UTF8.GetBytes("hello")));
        Assert.Equal("hello", File.ReadAllText(target));
    }
}
