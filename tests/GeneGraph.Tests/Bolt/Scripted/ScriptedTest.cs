using GeneGraph.Bolt;

namespace GeneGraph.Tests.Bolt.Scripted;

/// <summary>Helpers shared by the scripted-server scenarios.</summary>
internal static class ScriptedTest
{
    public const string Password = "pw-never-logged";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static AuthToken Auth => AuthToken.Basic("neo4j", Password);

    public static BoltDriverOptions Options => new()
    {
        InitialRetryDelay = TimeSpan.FromMilliseconds(1),
        // Safety net only: no test relies on it firing.
        ReadTimeout = TimeSpan.FromSeconds(20),
    };

    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(pair => pair.Key, pair => pair.Value);

    public static Dictionary<string, object?> Params(IReadOnlyList<object?> runFields) => Assert.IsType<Dictionary<string, object?>>(runFields[1]);

    /// <summary>
    /// Runs the client side, then waits for the server's scripts. A script failure wins over the client's
    /// (the client usually only fails because the script stopped answering).
    /// </summary>
    public static async Task RunAsync(ScriptedBoltServer server, Func<Task> client)
    {
        try
        {
            await client();
        }
        catch
        {
            await server.VerifyAsync();
            throw;
        }

        await server.VerifyAsync();
    }

    public static async Task HelloV3Async(ScriptConnection c, string server = "Neo4j/3.5.35")
    {
        await c.HandshakeAsync(3, 0);
        var hello = await c.ExpectAsync("HELLO");
        Assert.Equal(Password, hello.Map(0)["credentials"]);
        await c.SuccessAsync(Map(("server", server), ("connection_id", "bolt-1")));
    }

    public static async Task HelloV44Async(ScriptConnection c, IReadOnlyDictionary<string, object?>? routing = null)
    {
        await c.HandshakeAsync(4, 4);
        var hello = await c.ExpectAsync("HELLO");
        Assert.Equal(routing, hello.Map(0).GetValueOrDefault("routing"));
        await c.SuccessAsync(Map(("server", "Neo4j/4.4.30"), ("connection_id", "bolt-44")));
    }
}
