using System.Buffers;
using System.Buffers.Binary;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using GeneGraph.Bolt.PackStream;

namespace GeneGraph.Tests.Bolt;

/// <summary>
/// A fake Bolt server on 127.0.0.1 (random port) that plays one script per accepted connection, in
/// order: each script checks what the client sends (exact handshake bytes, chunk framing, message
/// order and fields) and answers as a server would. Assertion failures inside a script surface from
/// <see cref="VerifyAsync"/>.
/// </summary>
internal sealed class ScriptedBoltServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _run;
    private readonly CancellationTokenSource _stop = new();
    private readonly X509Certificate2? _certificate;

    public ScriptedBoltServer(params Func<ScriptConnection, Task>[] scripts)
        : this(null, scripts)
    {
    }

    public ScriptedBoltServer(X509Certificate2? tlsCertificate, params Func<ScriptConnection, Task>[] scripts)
    {
        _certificate = tlsCertificate;
        _listener.Start();
        _run = RunAsync(scripts);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Address => $"127.0.0.1:{Port}";

    public string BoltUri => $"bolt://{Address}";

    /// <summary>Waits for every script to finish and rethrows the first failure.</summary>
    public async Task VerifyAsync()
    {
        await _run.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    /// <summary>Gives each accepted connection the next script; connections are served at the same time, as a server does.</summary>
    private async Task RunAsync(Func<ScriptConnection, Task>[] scripts)
    {
        var served = new List<Task>();
        try
        {
            foreach (var script in scripts)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                served.Add(ServeAsync(client, script));
            }
        }
        finally
        {
            await Task.WhenAll(served);
        }
    }

    private async Task ServeAsync(TcpClient client, Func<ScriptConnection, Task> script)
    {
        using (client)
        {
            Stream stream = client.GetStream();
            if (_certificate is not null)
            {
                var ssl = new SslStream(stream);
                await ssl.AuthenticateAsServerAsync(_certificate);
                stream = ssl;
            }

            await using (stream)
            {
                await script(new ScriptConnection(stream, _stop.Token));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _run;
        }
        catch (Exception)
        {
            // Failures were reported by VerifyAsync in the tests that care.
        }

        _stop.Dispose();
    }
}

/// <summary>A message the client sent, decoded.</summary>
internal sealed record ClientMessage(string Name, IReadOnlyList<object?> Fields, IReadOnlyList<int> ChunkSizes)
{
    public Dictionary<string, object?> Map(int field) => Assert.IsType<Dictionary<string, object?>>(Fields[field]);
}

/// <summary>One accepted connection of a <see cref="ScriptedBoltServer"/>.</summary>
internal sealed class ScriptConnection(Stream stream, CancellationToken cancellationToken)
{
    // Request signatures from the Bolt specification; HELLO and INIT share 0x01.
    private static readonly Dictionary<byte, string> Names = new()
    {
        [0x01] = "HELLO", [0x02] = "GOODBYE", [0x0E] = "ACK_FAILURE", [0x0F] = "RESET", [0x10] = "RUN",
        [0x11] = "BEGIN", [0x12] = "COMMIT", [0x13] = "ROLLBACK", [0x2F] = "DISCARD", [0x3F] = "PULL",
        [0x54] = "TELEMETRY", [0x66] = "ROUTE", [0x6A] = "LOGON", [0x6B] = "LOGOFF",
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

        var reader = new PackStreamReader(body.WrittenMemory.ToArray());
        var (fieldCount, signature) = reader.ReadStructHeader();
        var fields = Enumerable.Range(0, fieldCount).Select(_ => reader.ReadValue()).ToList();
        Assert.True(reader.IsAtEnd, "Bytes left after the message structure.");
        return new ClientMessage(Names.GetValueOrDefault(signature, $"0x{signature:X2}"), fields, sizes);
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

    /// <summary>Packs a structure and frames it in chunks of <paramref name="chunkSize"/> bytes.</summary>
    private async Task SendAsync(byte signature, List<object?> fields, int chunkSize = 65_535)
    {
        var body = new ArrayBufferWriter<byte>();
        var writer = new PackStreamWriter(body);
        writer.WriteStructHeader(fields.Count, signature);
        foreach (var field in fields)
        {
            writer.WriteValue(field);
        }

        var wire = new List<byte>();
        foreach (var chunk in body.WrittenSpan.ToArray().Chunk(chunkSize))
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
