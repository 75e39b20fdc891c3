using System.Buffers;
using System.Net.Security;
using System.Net.Sockets;
using GeneGraph.Bolt.Chunking;
using GeneGraph.Bolt.Errors;
using GeneGraph.Bolt.Messages;
using GeneGraph.Bolt.Protocol;

namespace GeneGraph.Bolt;

/// <summary>
/// One authenticated Bolt connection (TCP, optionally TLS). Requests are pipelined: a whole list is
/// written in one flush, then one summary per request is read back in order. Not thread-safe.
/// Any I/O error, timeout or cancellation marks the connection broken; it must then be disposed.
/// </summary>
internal sealed class BoltConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly ChunkWriter _chunkWriter;
    private readonly ChunkReader _chunkReader;
    private readonly ArrayBufferWriter<byte> _messageBuffer = new(4096);
    private TimeSpan? _readTimeout;
    private string _readTimeoutSource = "read timeout";
    private string _doing = "opening it";
    private bool _disposed;

    private BoltConnection(BoltAddress address, Socket socket, Stream stream, BoltVersion version, TimeSpan? readTimeout)
    {
        Address = address;
        _socket = socket;
        _stream = stream;
        _readTimeout = readTimeout;
        _chunkWriter = new ChunkWriter(stream);
        _chunkReader = new ChunkReader(stream);
        Protocol = BoltProtocols.For(version);
        SupportsBytes = Protocol.SupportsBytes(null);
    }

    public BoltAddress Address { get; }

    public IBoltProtocol Protocol { get; }

    public BoltVersion Version => Protocol.Version;

    /// <summary>The server's agent string from HELLO/INIT, e.g. "Neo4j/3.1.1".</summary>
    public string? ServerAgent { get; private set; }

    public bool IsBroken { get; private set; }

    private bool SupportsBytes { get; set; }

    public static async Task<BoltConnection> OpenAsync(
        BoltAddress address,
        BoltEncryption encryption,
        AuthToken auth,
        BoltDriverOptions options,
        IReadOnlyDictionary<string, string>? routingContext,
        CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        try
        {
            using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            connectTimeout.CancelAfter(options.ConnectTimeout);
            try
            {
                await socket.ConnectAsync(address.Host, address.Port, connectTimeout.Token).ConfigureAwait(false);
                stream = new NetworkStream(socket, ownsSocket: false);
                if (encryption != BoltEncryption.None)
                {
                    stream = await StartTlsAsync(stream, address, encryption, connectTimeout.Token).ConfigureAwait(false);
                }

                var version = await Handshake.NegotiateAsync(stream, address.Port, connectTimeout.Token).ConfigureAwait(false);
                var connection = new BoltConnection(address, socket, stream, version, options.ReadTimeout);
                await connection.LoginAsync(options.UserAgent, auth, routingContext, cancellationToken).ConfigureAwait(false);
                return connection;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ServiceUnavailableException($"Connecting to {address} timed out after {options.ConnectTimeout.TotalSeconds:0.#} s.");
            }
            catch (SocketException e)
            {
                throw new ServiceUnavailableException($"Could not connect to {address}: {e.Message}", e);
            }
            catch (IOException e)
            {
                throw new ServiceUnavailableException($"The connection to {address} failed while opening: {e.Message}", e);
            }
            catch (System.Security.Authentication.AuthenticationException e)
            {
                throw new ServiceUnavailableException($"TLS with {address} failed: {e.Message}", e);
            }
        }
        catch
        {
            if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }

            socket.Dispose();
            throw;
        }
    }

    private static async Task<Stream> StartTlsAsync(Stream stream, BoltAddress address, BoltEncryption encryption, CancellationToken cancellationToken)
    {
        var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
        var tls = new SslClientAuthenticationOptions { TargetHost = address.Host };
        if (encryption == BoltEncryption.TrustAnyCertificate)
        {
            tls.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
        }

        try
        {
            await ssl.AuthenticateAsClientAsync(tls, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            // A plain (non-TLS) Bolt port reads the ClientHello as a bad handshake and hangs up.
            throw new ServiceUnavailableException(
                $"TLS with {address} failed: the server closed the connection during the TLS handshake; " +
                "if it does not use TLS, use a bolt:// or neo4j:// URI.", e);
        }

        return ssl;
    }

    private async Task LoginAsync(string userAgent, AuthToken auth, IReadOnlyDictionary<string, string>? routingContext, CancellationToken cancellationToken)
    {
        // A failed login leaves nothing to recover: servers close the connection after it.
        var results = await ExchangeAsync(Protocol.Login(userAgent, auth, routingContext), cancellationToken, recover: false).ConfigureAwait(false);
        var hello = results[0].Metadata;
        ServerAgent = hello.GetValueOrDefault("server") as string;
        SupportsBytes = Protocol.SupportsBytes(ServerAgent);
        HonourReceiveTimeoutHint(hello);
    }

    /// <summary>
    /// Bolt 4.3+: the server may promise a chunk (at least a NOOP) every <c>connection.recv_timeout_seconds</c>; silence
    /// for longer means the connection is dead, so that becomes the read timeout unless the user chose one.
    /// </summary>
    private void HonourReceiveTimeoutHint(IReadOnlyDictionary<string, object?> hello)
    {
        if (_readTimeout is null && Version >= new BoltVersion(4, 3)
            && hello.GetValueOrDefault("hints") is Dictionary<string, object?> hints
            && hints.GetValueOrDefault(ReceiveTimeoutHint) is long seconds && seconds > 0)
        {
            _readTimeout = TimeSpan.FromSeconds(Math.Min(seconds, int.MaxValue / 1000));
            _readTimeoutSource = $"the server's {ReceiveTimeoutHint} hint";
        }
    }

    public const string ReceiveTimeoutHint = "connection.recv_timeout_seconds";

    /// <summary>The longest silence accepted while waiting for an answer: the user's, else the server's hint, else none.</summary>
    public TimeSpan? ReadTimeout => _readTimeout;

    /// <summary>
    /// Sends the requests in one flush and reads one summary per request. On FAILURE the connection is
    /// recovered (ACK_FAILURE / RESET, which also ends an explicit transaction) and the failure is thrown.
    /// </summary>
    public async Task<IReadOnlyList<ExchangeResult>> ExchangeAsync(
        IReadOnlyList<RequestMessage> requests,
        CancellationToken cancellationToken,
        bool inTransaction = false,
        bool recover = true)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (IsBroken)
        {
            throw new ServiceUnavailableException($"The connection to {Address} is broken.");
        }

        var results = new ExchangeResult[requests.Count];
        FailureMessage? failure = null;
        await RunIoAsync(async () =>
        {
            var names = string.Join(", ", requests);
            _doing = $"sending {names}";
            await SendAsync(requests, cancellationToken).ConfigureAwait(false);
            _doing = $"waiting for the answer to {names}";
            for (var i = 0; i < requests.Count; i++)
            {
                var result = results[i] = new ExchangeResult();
                while (true)
                {
                    var response = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
                    if (response is RecordMessage record)
                    {
                        result.Records.Add(record.Values);
                        continue;
                    }

                    switch (response)
                    {
                        case SuccessMessage success: result.Metadata = success.Metadata; break;
                        case IgnoredMessage: result.Ignored = true; break;
                        case FailureMessage f: failure ??= f; break;
                    }

                    break;
                }
            }

            if (failure is not null && recover)
            {
                await RecoverAsync(inTransaction, cancellationToken).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);

        if (failure is not null)
        {
            if (!recover)
            {
                IsBroken = true;
            }

            throw Neo4jException.FromFailure(failure.Code, failure.Message);
        }

        if (results.FirstOrDefault(r => r.Ignored) is not null)
        {
            throw new ProtocolException($"The server ignored {requests[Array.FindIndex(results, r => r.Ignored)]} without reporting a failure.");
        }

        return results;
    }

    private async Task RecoverAsync(bool inTransaction, CancellationToken cancellationToken)
    {
        var requests = Protocol.RecoverFromFailure(inTransaction);
        _doing = $"recovering from a failure ({string.Join(", ", requests)})";
        await SendAsync(requests, cancellationToken).ConfigureAwait(false);
        foreach (var request in requests)
        {
            ResponseMessage response;
            do
            {
                response = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
            }
            while (response is RecordMessage);

            // A failing recovery step leaves the server in an unknown state: the pool will discard this connection.
            if (response is not SuccessMessage)
            {
                IsBroken = true;
            }
        }
    }

    private async Task SendAsync(IReadOnlyList<RequestMessage> requests, CancellationToken cancellationToken)
    {
        foreach (var request in requests)
        {
            _messageBuffer.ResetWrittenCount();
            MessageWriter.Write(request, _messageBuffer, SupportsBytes);
            await _chunkWriter.WriteMessageAsync(_messageBuffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }

        await _chunkWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<ResponseMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        if (_readTimeout is not { } timeout)
        {
            return MessageReader.Read(await _chunkReader.ReadMessageAsync(cancellationToken).ConfigureAwait(false));
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            // Any chunk, a NOOP too, proves the server alive: the timeout counts again from there (as the hint defines it).
            var message = await _chunkReader.ReadMessageAsync(timeoutSource.Token, () => timeoutSource.CancelAfter(timeout)).ConfigureAwait(false);
            return MessageReader.Read(message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ConnectionReadTimeoutException(
                $"{Address} sent nothing for {timeout.TotalSeconds:0.###} s ({_readTimeoutSource}) while {_doing}; the connection was closed.");
        }
    }

    private async Task RunIoAsync(Func<Task> io)
    {
        try
        {
            await io().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            IsBroken = true;
            throw new ServiceUnavailableException($"The connection to {Address} was lost while {_doing}: {e.Message}", e);
        }
        catch (ServiceUnavailableException e) when (e is not ConnectionReadTimeoutException)
        {
            // The chunk reader met the end of the stream: say where, and what the client was doing.
            IsBroken = true;
            throw new ServiceUnavailableException($"The connection to {Address} was lost while {_doing}: {e.Message}", e);
        }
        catch (Exception e) when (e is ServiceUnavailableException or ProtocolException or OperationCanceledException or NotSupportedException or ArgumentException)
        {
            // The stream position is unknown after any of these (a message may be half written or half read).
            IsBroken = true;
            throw;
        }
    }

    /// <summary>Whether the peer has already closed an idle connection (readable with nothing to read).</summary>
    public bool LooksClosed()
    {
        try
        {
            return _socket.Poll(0, SelectMode.SelectRead) && _socket.Available == 0;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!IsBroken && Protocol.Goodbye is { } goodbye)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await SendAsync([goodbye], timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // Closing anyway.
            }
        }

        await _stream.DisposeAsync().ConfigureAwait(false);
        _socket.Dispose();
    }
}
