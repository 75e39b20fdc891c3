using System.Buffers;
using System.Buffers.Binary;

namespace GeneGraph.Bolt.Chunking;

/// <summary>
/// Frames messages for the wire: each message is cut into chunks of at most <see cref="MaxChunkSize"/>
/// bytes, each preceded by its big-endian 16-bit size, and the message ends with an empty chunk (00 00).
/// Small messages accumulate until <see cref="FlushAsync"/>, which lets several requests share one write
/// (pipelining); a large one goes out as its chunks fill <see cref="WriteThreshold"/>, so the framed copy of a
/// 15 MB batch is never held whole.
/// </summary>
internal sealed class ChunkWriter(Stream stream)
{
    public const int MaxChunkSize = ushort.MaxValue;

    /// <summary>Pending bytes past which they are written to the stream before the message ends.</summary>
    public const int WriteThreshold = 64 * 1024;

    private readonly ArrayBufferWriter<byte> _pending = new(8192);

    public bool HasPending => _pending.WrittenCount > 0;

    public async ValueTask WriteMessageAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, MaxChunkSize);
            WriteHeader((ushort)size);
            _pending.Write(message.Span[..size]);
            message = message[size..];
            if (_pending.WrittenCount >= WriteThreshold)
            {
                await stream.WriteAsync(_pending.WrittenMemory, cancellationToken).ConfigureAwait(false);
                _pending.ResetWrittenCount();
            }
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
