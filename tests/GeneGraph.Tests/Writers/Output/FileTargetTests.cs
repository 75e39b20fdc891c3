using System.Text;
using GeneGraph.Graph;
using GeneGraph.Writers;
using GeneGraph.Writers.Output;

namespace GeneGraph.Tests.Writers.Output;

public sealed class FileTargetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class ThrowingWriter : StreamGraphWriter
    {
        public override string FormatName => "throwing";

        public override string DefaultExtension => ".throwing";

        protected override void WriteGraph(KnowledgeGraph graph, Stream output)
        {
            output.Write("half a file"u8);
            output.Flush();
            throw new InvalidOperationException("disk on fire");
        }
    }

    [Fact]
    public void A_writer_that_throws_midway_leaves_the_old_file_intact_and_no_temp_file()
    {
        var target = Path.Combine(_folder, "graph.graphml");
        File.WriteAllText(target, "previous content");
        var error = Assert.Throws<InvalidOperationException>(
            () => new ThrowingWriter().Write(WriterTestGraph.Build(), new FileTarget(target)));
        Assert.Equal("disk on fire", error.Message);
        Assert.Equal("previous content", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_writer_that_throws_before_any_file_existed_leaves_nothing()
    {
        var target = Path.Combine(_folder, "new.json");
        Assert.Throws<InvalidOperationException>(() => new ThrowingWriter().Write(WriterTestGraph.Build(), new FileTarget(target)));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_successful_write_replaces_the_target_with_the_writer_output()
    {
        var target = Path.Combine(_folder, "graph.json");
        File.WriteAllText(target, "previous content, longer than nothing");
        var graph = WriterTestGraph.Build();
        Assert.Null(new JsonGraphWriter().Write(graph, new FileTarget(target)));
        Assert.Equal(WriterTests.Bytes(new JsonGraphWriter(), graph), File.ReadAllBytes(target));
        Assert.Equal([target], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_missing_folder_is_created_and_holds_only_the_target()
    {
        var target = Path.Combine(_folder, "missing", "graph.json");
        new FileTarget(target).Write(s => s.WriteByte(1));
        Assert.Equal([target], Directory.EnumerateFileSystemEntries(Path.Combine(_folder, "missing")));
        Assert.Equal([1], File.ReadAllBytes(target));
    }

    [Fact]
    public void An_open_stream_is_written_and_left_open()
    {
        using var stdout = new MemoryStream();
        var graph = WriterTestGraph.Build();
        new GraphMLWriter().Write(graph, new OpenStreamTarget(stdout, "-"));
        Assert.True(stdout.CanWrite);
        Assert.Equal(WriterTests.Bytes(new GraphMLWriter(), graph), stdout.ToArray());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public void The_target_keeps_the_name_its_user_gave()
    {
        var target = new FileTarget("out/../graph.txt");
        Assert.Equal("out/../graph.txt", target.Name);
        target = new FileTarget(Path.Combine(_folder, "out.txt"));
        target.Write(s => s.Write(Encoding.UTF8.GetBytes("hello")));
        Assert.Equal("hello", File.ReadAllText(target.Path));
    }

    [Fact]
    public void A_stream_writer_refuses_a_folder_target()
    {
        var folder = new FolderTarget(Path.Combine(_folder, "bundle"), "test bundle", ".marker", "");
        Assert.Throws<ArgumentException>(() => new JsonGraphWriter().Write(WriterTestGraph.Build(), folder));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }
}
