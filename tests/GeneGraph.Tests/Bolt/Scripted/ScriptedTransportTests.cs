using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using GeneGraph.Bolt;
using GeneGraph.Bolt.Errors;
using static GeneGraph.Tests.Bolt.Scripted.ScriptedTest;

namespace GeneGraph.Tests.Bolt.Scripted;

public sealed class ScriptedTransportTests
{
    [Fact]
    public async Task An_http_server_answering_the_handshake_gives_a_clear_error()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeBytesAsync();
            await c.SendRawAsync(Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"));
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);

            var error = await Assert.ThrowsAsync<ProtocolException>(() => driver.VerifyConnectivityAsync(Ct));
            Assert.Equal($"Port {server.Port} looks like Neo4j's HTTP port; the Bolt port is usually 7687.", error.Message);
        });
    }

    [Fact]
    public async Task No_common_version_is_reported()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeBytesAsync();
            await c.SendRawAsync([0, 0, 0, 0]);
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);
            var error = await Assert.ThrowsAsync<ProtocolException>(() => driver.VerifyConnectivityAsync(Ct));
            Assert.Contains("none of the Bolt versions", error.Message);
        });
    }

    [Fact]
    public async Task A_refused_connection_is_service_unavailable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var driver = new BoltDriver($"bolt://127.0.0.1:{port}", Auth, Options);

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync(Ct));
        Assert.Contains($"127.0.0.1:{port}", error.Message);
    }

    [Fact]
    public async Task The_server_closing_mid_chunk_is_service_unavailable()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await HelloV44Async(c);
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await c.SuccessAsync(Map(("fields", new List<object?> { "x" })));
            await c.SendRawAsync([0x00, 0x20, 0xB1, 0x71, 0x91]); // a 32-byte chunk announced, 3 bytes sent
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);

            var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.Session().RunAsync("RETURN 1 AS x", null, Ct));
            Assert.Contains("middle of a message", error.Message);
        });
    }

    [Fact]
    public async Task A_silent_server_hits_the_read_timeout()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await HelloV44Async(c);
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await c.ExpectCloseAsync(); // never answers; the client gives up and closes
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options with { ReadTimeout = TimeSpan.FromSeconds(2) });

            await Assert.ThrowsAsync<ConnectionReadTimeoutException>(() => driver.Session().RunAsync("RETURN 1", null, Ct));
        });
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    [Fact]
    public async Task Bolt_ssc_accepts_a_self_signed_certificate()
    {
        using var certificate = SelfSignedCertificate();
        await using var server = new ScriptedBoltServer(certificate, async c =>
        {
            await HelloV44Async(c);
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await c.SuccessAsync(Map(("fields", new List<object?> { "tls" })));
            await c.RecordAsync(true);
            await c.SuccessAsync();
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver($"bolt+ssc://{server.Address}", Auth, Options);
            Assert.Equal(true, (await driver.Session().RunAsync("RETURN true AS tls", null, Ct)).Scalar());
        });
    }

    [Fact]
    public async Task Bolt_s_rejects_a_self_signed_certificate()
    {
        using var certificate = SelfSignedCertificate();
        await using var server = new ScriptedBoltServer(certificate, _ => Task.CompletedTask);
        await using var driver = new BoltDriver($"bolt+s://{server.Address}", Auth, Options);

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync(Ct));
        Assert.Contains("TLS", error.Message);
    }

    [Fact]
    public async Task Bolt_s_against_a_plain_port_says_tls_failed()
    {
        // A plain Bolt server reads a TLS ClientHello as a bad handshake and hangs up.
        await using var server = new ScriptedBoltServer(async c => Assert.NotNull(await Record.ExceptionAsync(c.HandshakeBytesAsync)));

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver($"bolt+s://{server.Address}", Auth, Options);
            var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync(Ct));
            Assert.StartsWith($"TLS with {server.Address} failed: the server closed the connection during the TLS handshake", error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_pooled_connection_the_server_closed_is_replaced()
    {
        await using var server = new ScriptedBoltServer(
            async first =>
            {
                await HelloV44Async(first);
                await first.ExpectAsync("RUN");
                await first.ExpectAsync("PULL");
                await first.SuccessAsync(Map(("fields", new List<object?>())));
                await first.SuccessAsync();
                // The server goes away while the connection sits idle in the pool.
            },
            async second =>
            {
                await HelloV44Async(second);
                await second.ExpectAsync("BEGIN");
                await second.ExpectAsync("RUN");
                await second.ExpectAsync("PULL");
                await second.SuccessAsync();
                await second.SuccessAsync(Map(("fields", new List<object?>())));
                await second.SuccessAsync(Map(("stats", Map(("nodes-created", 1L)))));
                await second.ExpectAsync("COMMIT");
                await second.SuccessAsync();
                await second.ExpectCloseAsync(goodbyeFirst: true);
            });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);
            var session = driver.Session();

            await session.RunAsync("RETURN 1", null, Ct);
            var result = await session.ExecuteWriteAsync(tx => tx.RunAsync("CREATE (:Gene)", null, Ct), Ct);

            Assert.Equal(1L, result.Counters.NodesCreated);
        });
    }

    [Fact]
    public async Task Cancelling_a_query_closes_its_connection()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        await using var server = new ScriptedBoltServer(
            async first =>
            {
                await HelloV44Async(first);
                await first.ExpectAsync("RUN");
                await first.ExpectAsync("PULL");
                await cancel.CancelAsync(); // the client gives up while waiting for the answer
                await first.ExpectCloseAsync();
            },
            async second =>
            {
                await HelloV44Async(second);
                await second.ExpectAsync("RUN");
                await second.ExpectAsync("PULL");
                await second.SuccessAsync(Map(("fields", new List<object?> { "x" })));
                await second.RecordAsync(2L);
                await second.SuccessAsync();
                await second.ExpectCloseAsync(goodbyeFirst: true);
            });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);
            var session = driver.Session();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.RunAsync("RETURN 1 AS x", null, cancel.Token));
            Assert.Equal(2L, (await session.RunAsync("RETURN 2 AS x", null, Ct)).Scalar());
        });
    }
}
