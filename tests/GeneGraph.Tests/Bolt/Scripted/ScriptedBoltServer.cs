using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace GeneGraph.Tests.Bolt.Scripted;

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
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _run = RunAsync(scripts);
    }

    /// <summary>Read once: after <see cref="StopListening"/> the listener no longer knows it.</summary>
    public int Port { get; }

    public string Address => $"127.0.0.1:{Port}";

    public string BoltUri => $"bolt://{Address}";

    /// <summary>Closes the listening socket: from now on connecting is refused, as to a server that died.</summary>
    public void StopListening() => _listener.Stop();

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
