using GeneGraph.Bolt.Chunking;
using GeneGraph.Bolt.Errors;

namespace GeneGraph.Tests.Bolt.Chunking;

public sealed class ChunkingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_small_message_is_one_chunk_and_a_terminator()
    {
        var stream = new MemoryStream();
        var writer = new ChunkWriter(stream);

        await writer.WriteMessageAsync(new byte[] { 0xB0, 0x0F }, Ct);
        await writer.FlushAsync(Ct);

        Assert.Equal(new byte[] { 0x00, 0x02, 0xB0, 0x0F, 0x00, 0x00 }, stream.ToArray());
    }

    [Fact]
    public async Task A_message_larger_than_64_KB_is_split_into_full_chunks()
    {
        var message = Enumerable.Range(0, 150_000).Select(i => (byte)i).ToArray();
        var stream = new MemoryStream();
        var writer = new ChunkWriter(stream);

        await writer.WriteMessageAsync(message, Ct);
        await writer.FlushAsync(Ct);

        var wire = stream.ToArray();
        Assert.Equal(message.Length + (3 * 2) + 2, wire.Length);
        Assert.Equal(new byte[] { 0xFF, 0xFF }, wire[..2]);
        Assert.Equal(new byte[] { 0xFF, 0xFF }, wire[(2 + 65_535)..(4 + 65_535)]);
        var lastHeader = 2 * (2 + 65_535);
        Assert.Equal(150_000 - (2 * 65_535), (wire[lastHeader] << 8) | wire[lastHeader + 1]);
        Assert.Equal(new byte[] { 0, 0 }, wire[^2..]);

        var reader = new ChunkReader(new MemoryStream(wire));
        Assert.Equal(message, (await reader.ReadMessageAsync(Ct)).ToArray());
    }

    /// <summary>Records the size of every write it is given.</summary>
    private sealed class WriteSizes : MemoryStream
    {
        public List<int> Sizes { get; } = [];

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Sizes.Add(buffer.Length);
            return base.WriteAsync(buffer, cancellationToken);
        }
    }

    [Fact]
    public async Task Small_messages_share_one_write_and_a_large_one_goes_out_as_it_is_framed()
    {
        var stream = new WriteSizes();
        var writer = new ChunkWriter(stream);
        await writer.WriteMessageAsync(new byte[] { 0xB0, 0x0F }, Ct);
        await writer.WriteMessageAsync(new byte[] { 0xB0, 0x2F }, Ct);
        await writer.FlushAsync(Ct);
        Assert.Equal([12], stream.Sizes);

        var large = Enumerable.Range(0, 1_000_000).Select(i => (byte)(i * 7)).ToArray();
        stream.Sizes.Clear();
        await writer.WriteMessageAsync(large, Ct);
        await writer.FlushAsync(Ct);
        Assert.True(stream.Sizes.Count > 1);
        Assert.All(stream.Sizes, size => Assert.True(size < ChunkWriter.WriteThreshold + ChunkWriter.MaxChunkSize + 2, $"a write of {size} bytes"));

        var reader = new ChunkReader(new MemoryStream(stream.ToArray()[12..]));
        Assert.Equal(large, (await reader.ReadMessageAsync(Ct)).ToArray());
    }

    [Fact]
    public async Task Noop_chunks_between_messages_are_skipped()
    {
        byte[] wire = [0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0xAA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0xBB, 0xCC, 0x00, 0x00];
        var reader = new ChunkReader(new MemoryStream(wire));

        Assert.Equal(new byte[] { 0xAA }, (await reader.ReadMessageAsync(Ct)).ToArray());
        Assert.Equal(new byte[] { 0xBB, 0xCC }, (await reader.ReadMessageAsync(Ct)).ToArray());
    }

    [Fact]
    public async Task A_message_in_several_small_chunks_is_reassembled()
    {
        byte[] wire = [0x00, 0x01, 0x01, 0x00, 0x02, 0x02, 0x03, 0x00, 0x00];
        var reader = new ChunkReader(new MemoryStream(wire));

        Assert.Equal(new byte[] { 1, 2, 3 }, (await reader.ReadMessageAsync(Ct)).ToArray());
    }

    [Fact]
    public async Task End_of_stream_inside_a_chunk_means_the_server_is_gone()
    {
        var reader = new ChunkReader(new MemoryStream([0x00, 0x05, 0x01, 0x02]));

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(async () => await reader.ReadMessageAsync(Ct));
        Assert.Contains("middle of a message", error.Message);
    }
}
