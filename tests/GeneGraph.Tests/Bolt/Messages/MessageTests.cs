using System.Buffers;
using GeneGraph.Bolt;
using GeneGraph.Bolt.Errors;
using GeneGraph.Bolt.Messages;

namespace GeneGraph.Tests.Bolt.Messages;

public sealed class MessageTests
{
    private static string Bytes(RequestMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>();
        MessageWriter.Write(message, buffer, supportsBytes: true);
        return Convert.ToHexString(buffer.WrittenSpan);
    }

    public static TheoryData<string, string> Requests => new()
    {
        { "GOODBYE", "B002" },
        { "ACK_FAILURE", "B00E" },
        { "RESET", "B00F" },
        { "COMMIT", "B012" },
        { "ROLLBACK", "B013" },
        { "DISCARD_ALL", "B02F" },
        { "PULL_ALL", "B03F" },
        { "PULL", "B13FA1816EFF" },
        { "PULL_QID", "B13FA2816E648371696401" },
        { "DISCARD", "B12FA1816EFF" },
        { "RUN_V1", "B2108852455455524E2031A0" },
        { "RUN", "B3108852455455524E2031A0A0" },
        { "BEGIN", "B111A18264628567656E6573" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Request_messages_have_the_spec_signatures_and_fields(string name, string hex)
    {
        var message = name switch
        {
            "GOODBYE" => RequestMessage.Goodbye,
            "ACK_FAILURE" => RequestMessage.AckFailure,
            "RESET" => RequestMessage.Reset,
            "COMMIT" => RequestMessage.Commit,
            "ROLLBACK" => RequestMessage.Rollback,
            "DISCARD_ALL" => RequestMessage.DiscardAll,
            "PULL_ALL" => RequestMessage.PullAll,
            "PULL" => RequestMessage.Pull(-1),
            "PULL_QID" => RequestMessage.Pull(100, qid: 1),
            "DISCARD" => RequestMessage.Discard(-1),
            "RUN_V1" => RequestMessage.Run("RETURN 1", RequestMessage.NoParameters),
            "RUN" => RequestMessage.Run("RETURN 1", RequestMessage.NoParameters, new Dictionary<string, object?>()),
            "BEGIN" => RequestMessage.Begin(new Dictionary<string, object?> { ["db"] = "genes" }),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };

        Assert.Equal(hex, Bytes(message));
    }

    [Fact]
    public void Login_messages_never_print_their_credentials()
    {
        var auth = AuthToken.Basic("neo4j", "hunter2-secret");

        Assert.Equal("INIT", RequestMessage.Init("agent", auth.ToMap()).ToString());
        Assert.Equal("LOGON", RequestMessage.Logon(auth.ToMap()).ToString());
        Assert.DoesNotContain("hunter2", RequestMessage.Hello(auth.ToMap()).ToString());
    }

    [Fact]
    public void Responses_are_decoded()
    {
        var success = Assert.IsType<SuccessMessage>(MessageReader.Read(Convert.FromHexString("B170A186736572766572834E2F35")));
        Assert.Equal("N/5", success.Metadata["server"]);

        var record = Assert.IsType<RecordMessage>(MessageReader.Read(Convert.FromHexString("B17192012A")));
        Assert.Equal([1L, 42L], record.Values);

        Assert.IsType<IgnoredMessage>(MessageReader.Read(Convert.FromHexString("B07E")));

        var failure = Assert.IsType<FailureMessage>(MessageReader.Read(Convert.FromHexString("B17FA284636F6465814187").Concat("message"u8.ToArray()).Concat(Convert.FromHexString("8142")).ToArray()));
        Assert.Equal(("A", "B"), (failure.Code, failure.Message));
    }

    [Fact]
    public void Graph_structures_in_records_are_hydrated()
    {
        // RECORD [ Node(1, ["Gene"], {id: "X1"}) ]
        var record = Assert.IsType<RecordMessage>(MessageReader.Read(Convert.FromHexString("B17191B34E01918447656E65A1826964825831")));

        var node = Assert.IsType<GeneGraph.Bolt.Structures.BoltNode>(Assert.Single(record.Values));
        Assert.Equal((1L, "X1"), (node.Id, node.Properties["id"]));
    }

    [Fact]
    public void Unknown_responses_are_protocol_errors() =>
        Assert.Throws<ProtocolException>(() => MessageReader.Read(Convert.FromHexString("B010")));

    [Theory]
    [InlineData("Neo.ClientError.Security.Unauthorized", typeof(AuthenticationException))]
    [InlineData("Neo.ClientError.Statement.SyntaxError", typeof(ClientException))]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", typeof(TransientException))]
    [InlineData("Neo.TransientError.Transaction.Terminated", typeof(ClientException))]
    [InlineData("Neo.DatabaseError.General.UnknownError", typeof(DatabaseException))]
    [InlineData("Neo.ClientError.Cluster.NotALeader", typeof(SessionExpiredException))]
    public void Failure_codes_map_to_exception_types(string code, Type expected) =>
        Assert.IsType(expected, Neo4jException.FromFailure(code, "m"));
}
