using System.Buffers;
using System.Buffers.Binary;

namespace GeneGraph.Neo4j.Bolt.Chunking;

/// <summary>
/// Frames messages for the wire: each message is cut into chunks of at most <see cref="MaxChunkSize"/>
/// bytes, each preceded by its big-endian 16-bit size, and the message ends with an empty chunk (00 00).
/// Messages accumulate until <see cref="FlushAsync"/>, which lets several requests share one write (pipelining).
/// </summary>
internal sealed class ChunkWriter(Stream stream)
{
    public const int MaxChunkSize = ushort.MaxValue;

    private readonly ArrayBufferWriter<byte> _pending = new(8192);

    public bool HasPending => _pending.WrittenCount > 0;

    public void WriteMessage(ReadOnlySpan<byte> message)
    {
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, MaxChunkSize);
            WriteHeader((ushort)size);
            _pending.Write(message[..size]);
            message = message[size..];
        }

        WriteHeader(0);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (!HasPending)
        {
            return;
        }

        await stream.WriteAsync(_pending.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        _pending.ResetWrittenCount();
    }

    private void WriteHeader(ushort size)
    {
        BinaryPrimitives.WriteUInt16BigEndian(_pending.GetSpan(2), size);
        _pending.Advance(2);
    }
}
