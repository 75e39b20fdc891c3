using System.Buffers;
using System.Buffers.Binary;
using GeneGraph.Bolt.Errors;

namespace GeneGraph.Bolt.Chunking;

/// <summary>
/// Reassembles chunked messages. An empty chunk ends a message; an empty chunk between messages is a
/// NOOP (keep-alive, Bolt 4.1+) and is skipped.
/// </summary>
internal sealed class ChunkReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly ArrayBufferWriter<byte> _message = new(8192);
    private int _start;
    private int _end;
    private Action? _onBytes;

    /// <summary>
    /// Reads the next message; the memory is valid until the next call. <paramref name="onBytes"/> is told whenever
    /// bytes arrive (a NOOP too): the server is alive, so a read timeout counts again from there.
    /// </summary>
    public async ValueTask<ReadOnlyMemory<byte>> ReadMessageAsync(CancellationToken cancellationToken, Action? onBytes = null)
    {
        _onBytes = onBytes;
        _message.ResetWrittenCount();
        while (true)
        {
            await FillAsync(2, cancellationToken).ConfigureAwait(false);
            var size = BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(_start, 2));
            _start += 2;
            if (size == 0)
            {
                if (_message.WrittenCount > 0)
                {
                    return _message.WrittenMemory;
                }

                continue;
            }

            while (size > 0)
            {
                await FillAsync(1, cancellationToken).ConfigureAwait(false);
                var available = Math.Min(size, _end - _start);
                _message.Write(_buffer.AsSpan(_start, available));
                _start += available;
                size -= (ushort)available;
            }
        }
    }

    private async ValueTask FillAsync(int minimum, CancellationToken cancellationToken)
    {
        if (_end - _start >= minimum)
        {
            return;
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        while (_end < minimum)
        {
            var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new ServiceUnavailableException(_message.WrittenCount > 0 || _end > 0
                    ? "The server closed the connection in the middle of a message."
                    : "The server closed the connection.");
            }

            _end += read;
            _onBytes?.Invoke();
        }
    }
}
