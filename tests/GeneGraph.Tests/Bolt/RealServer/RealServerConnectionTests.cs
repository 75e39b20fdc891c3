using GeneGraph.Bolt;
using GeneGraph.Bolt.Errors;
using GeneGraph.Bolt.Messages;

namespace GeneGraph.Tests.Bolt.RealServer;

/// <summary>Connection-level checks against the real server: what state a connection is left in.</summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class RealServerConnectionTests(Neo4jServerFixture server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<BoltConnection> OpenAsync()
    {
        server.RequireDriver();
        return await BoltConnection.OpenAsync(
            BoltUri.Parse(server.Uri!).Address, BoltEncryption.None, AuthToken.Basic(server.User, server.Password),
            BoltDriverOptions.Default, null, Ct);
    }

    [Fact]
    public async Task A_failure_inside_an_explicit_transaction_leaves_a_clean_connection()
    {
        await using var connection = await OpenAsync();
        var protocol = connection.Protocol;
        var settings = new TransactionSettings(null, AccessMode.Write, []);

        await connection.ExchangeAsync([.. protocol.Begin(settings), .. protocol.RunInTransaction("RETURN 1", RequestMessage.NoParameters)], Ct, inTransaction: true);
        await Assert.ThrowsAsync<ClientException>(() =>
            connection.ExchangeAsync(protocol.RunInTransaction("RETURN 1/0", RequestMessage.NoParameters), Ct, inTransaction: true));

        Assert.False(connection.IsBroken);
        // No transaction is left open: a new one can begin and commit.
        await connection.ExchangeAsync([.. protocol.Begin(settings), .. protocol.RunInTransaction("RETURN 2", RequestMessage.NoParameters), .. protocol.Commit()], Ct, inTransaction: true);
        Assert.False(connection.IsBroken);
    }

    [Fact]
    public async Task A_failure_outside_a_transaction_leaves_a_clean_connection()
    {
        await using var connection = await OpenAsync();

        await Assert.ThrowsAsync<ClientException>(() =>
            connection.ExchangeAsync(connection.Protocol.RunAutoCommit("RETRUN 1", RequestMessage.NoParameters, new(null, AccessMode.Write, [])), Ct));
        var results = await connection.ExchangeAsync(connection.Protocol.RunAutoCommit("RETURN 3", RequestMessage.NoParameters, new(null, AccessMode.Write, [])), Ct);

        Assert.False(connection.IsBroken);
        Assert.Equal(3L, results[1].Records.Single()[0]);
    }
}
