using System.Buffers;
using System.Buffers.Binary;

namespace GeneGraph.Tests.Bolt.Scripted;

/// <summary>One accepted connection of a <see cref="ScriptedBoltServer"/>.</summary>
internal sealed class ScriptConnection(Stream stream, CancellationToken cancellationToken)
{
    // Request signatures from the Bolt specification; HELLO and INIT share 0x01.
    private static readonly Dictionary<byte, string> Names = new()
    {
        [0x01] = "HELLO",
        [0x02] = "GOODBYE",
        [0x0E] = "ACK_FAILURE",
        [0x0F] = "RESET",
        [0x10] = "RUN",
        [0x11] = "BEGIN",
        [0x12] = "COMMIT",
        [0x13] = "ROLLBACK",
        [0x2F] = "DISCARD",
        [0x3F] = "PULL",
        [0x54] = "TELEMETRY",
        [0x66] = "ROUTE",
        [0x6A] = "LOGON",
        [0x6B] = "LOGOFF",
    };

    public static readonly byte[] ExpectedHandshake = Convert.FromHexString("6060B017" + "00080805" + "00020404" + "00000003" + "00000001");

    /// <summary>Reads the client's 20 handshake bytes, checks them, and answers <paramref name="major"/>.<paramref name="minor"/>.</summary>
    public async Task HandshakeAsync(int major, int minor)
    {
        Assert.Equal(ExpectedHandshake, await ReadExactlyAsync(20));
        await SendRawAsync([0, 0, (byte)minor, (byte)major]);
    }

    /// <summary>Reads and checks the client's 20 handshake bytes without answering.</summary>
    public async Task HandshakeBytesAsync() => Assert.Equal(ExpectedHandshake, await ReadExactlyAsync(20));

    /// <summary>Reads the next message (skipping nothing: NOOPs from a client would be a bug) and checks its name.</summary>
    public async Task<ClientMessage> ExpectAsync(string name)
    {
        var message = await ReadMessageAsync();
        Assert.Equal(name, message.Name);
        return message;
    }

    public async Task<ClientMessage> ReadMessageAsync()
    {
        var body = new ArrayBufferWriter<byte>();
        var sizes = new List<int>();
        while (true)
        {
            var size = BinaryPrimitives.ReadUInt16BigEndian(await ReadExactlyAsync(2));
            if (size == 0)
            {
                Assert.True(body.WrittenCount > 0, "The client sent an empty chunk outside a message.");
                break;
            }

            sizes.Add(size);
            body.Write(await ReadExactlyAsync(size));
        }

        // Decoded with the script's own reader, not the client's: a bug shared by the client's reader and writer cannot hide.
        var reader = new ScriptPackStreamReader(body.WrittenSpan.ToArray());
        var message = Assert.IsType<ScriptStructure>(reader.Read());
        Assert.True(reader.IsAtEnd, "Bytes left after the message structure.");
        return new ClientMessage(Names.GetValueOrDefault(message.Signature, $"0x{message.Signature:X2}"), message.Fields, sizes);
    }

    /// <summary>Waits until the client closes the connection (after an optional GOODBYE).</summary>
    public async Task ExpectCloseAsync(bool goodbyeFirst = false)
    {
        if (goodbyeFirst)
        {
            await ExpectAsync("GOODBYE");
        }

        var buffer = new byte[1];
        Assert.Equal(0, await stream.ReadAsync(buffer, cancellationToken));
    }

    public Task SuccessAsync(Dictionary<string, object?>? metadata = null, int chunkSize = 65_535) =>
        SendAsync(0x70, [metadata ?? new Dictionary<string, object?>()], chunkSize);

    public Task RecordAsync(params object?[] values) => SendAsync(0x71, [values.ToList()]);

    public Task RecordAsync(int chunkSize, params object?[] values) => SendAsync(0x71, [values.ToList()], chunkSize);

    public Task IgnoredAsync() => SendAsync(0x7E, []);

    public Task FailureAsync(string code, string message) =>
        SendAsync(0x7F, [new Dictionary<string, object?> { ["code"] = code, ["message"] = message }]);

    /// <summary>Bolt 5.7+ style FAILURE (GQL fields, code in <c>neo4j_code</c>).</summary>
    public Task GqlFailureAsync(string code, string message) =>
        SendAsync(0x7F, [new Dictionary<string, object?>
        {
            ["gql_status"] = "50N42", ["description"] = "error: general processing exception", ["message"] = message, ["neo4j_code"] = code,
            ["diagnostic_record"] = new Dictionary<string, object?> { ["OPERATION"] = "", ["OPERATION_CODE"] = "0", ["CURRENT_SCHEMA"] = "/" },
        }]);

    public Task NoopAsync() => SendRawAsync([0, 0]);

    public async Task SendRawAsync(byte[] bytes)
    {
        await stream.WriteAsync(bytes, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    /// <summary>Packs a structure (with the script's own writer) and frames it in chunks of <paramref name="chunkSize"/> bytes.</summary>
    private async Task SendAsync(byte signature, List<object?> fields, int chunkSize = 65_535)
    {
        var writer = new ScriptPackStreamWriter();
        writer.WriteStructure(signature, fields);

        var wire = new List<byte>();
        foreach (var chunk in writer.ToArray().Chunk(chunkSize))
        {
            wire.Add((byte)(chunk.Length >> 8));
            wire.Add((byte)chunk.Length);
            wire.AddRange(chunk);
        }

        wire.AddRange([0, 0]);
        await SendRawAsync([.. wire]);
    }

    private async Task<byte[]> ReadExactlyAsync(int count)
    {
        var buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }
}
