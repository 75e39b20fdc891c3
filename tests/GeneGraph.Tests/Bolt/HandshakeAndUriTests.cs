using GeneGraph.Bolt;
using GeneGraph.Bolt.Errors;

namespace GeneGraph.Tests.Bolt;

public sealed class HandshakeAndUriTests
{
    [Fact]
    public void The_request_is_magic_then_5_8_to_5_0_then_4_4_to_4_2_then_3_then_1()
    {
        Assert.Equal(
            Convert.FromHexString("6060B017" + "00080805" + "00020404" + "00000003" + "00000001"),
            Handshake.Request);
    }

    [Theory]
    [InlineData("00000001", 1, 0)]
    [InlineData("00000003", 3, 0)]
    [InlineData("00000404", 4, 4)]
    [InlineData("00000204", 4, 2)]
    [InlineData("00000005", 5, 0)]
    [InlineData("00000105", 5, 1)]
    [InlineData("00000805", 5, 8)]
    public void The_answer_is_the_chosen_version(string answer, int major, int minor) =>
        Assert.Equal(new BoltVersion(major, minor), Handshake.ParseAnswer(Convert.FromHexString(answer), 7687));

    [Fact]
    public void Zero_means_no_common_version()
    {
        var error = Assert.Throws<ProtocolException>(() => Handshake.ParseAnswer(new byte[4], 7687));
        Assert.Contains("none of the Bolt versions", error.Message);
    }

    [Fact]
    public void An_http_answer_names_the_bolt_port()
    {
        var error = Assert.Throws<ProtocolException>(() => Handshake.ParseAnswer("HTTP"u8, 7474));
        Assert.Equal("Port 7474 looks like Neo4j's HTTP port; the Bolt port is usually 7687.", error.Message);
    }

    [Theory]
    [InlineData("00000002")]
    [InlineData("00000104")]
    [InlineData("00000905")]
    public void Versions_that_were_not_proposed_are_refused(string answer) =>
        Assert.Throws<ProtocolException>(() => Handshake.ParseAnswer(Convert.FromHexString(answer), 7687));

    [Theory]
    [InlineData("bolt://localhost", "localhost", 7687, BoltEncryption.None, false)]
    [InlineData("bolt+s://db.example.org:7688", "db.example.org", 7688, BoltEncryption.Validated, false)]
    [InlineData("bolt+ssc://127.0.0.1:17687", "127.0.0.1", 17687, BoltEncryption.TrustAnyCertificate, false)]
    [InlineData("neo4j://cluster", "cluster", 7687, BoltEncryption.None, true)]
    [InlineData("neo4j+s://cluster:9999", "cluster", 9999, BoltEncryption.Validated, true)]
    [InlineData("neo4j+ssc://[::1]:7000", "::1", 7000, BoltEncryption.TrustAnyCertificate, true)]
    public void Uri_schemes(string text, string host, int port, BoltEncryption encryption, bool routing)
    {
        var uri = BoltUri.Parse(text);

        Assert.Equal(new BoltAddress(host, port), uri.Address);
        Assert.Equal(encryption, uri.Encryption);
        Assert.Equal(routing, uri.IsRouting);
    }

    [Fact]
    public void The_routing_context_comes_from_the_query_string()
    {
        var uri = BoltUri.Parse("neo4j://cluster:7687?region=eu%20west&policy=fast");

        Assert.Equal("eu west", uri.RoutingContext["region"]);
        Assert.Equal("fast", uri.RoutingContext["policy"]);
    }

    [Theory]
    [InlineData("http://localhost:7474")]
    [InlineData("localhost:7687")]
    [InlineData("bolt://host?x=1")]
    public void Bad_uris_are_refused(string text) => Assert.Throws<ArgumentException>(() => BoltUri.Parse(text));

    [Theory]
    [InlineData("host:1234", "host", 1234)]
    [InlineData("host", "host", 7687)]
    [InlineData("[fe80::1]:7688", "fe80::1", 7688)]
    public void Routing_table_addresses(string text, string host, int port) =>
        Assert.Equal(new BoltAddress(host, port), BoltAddress.Parse(text));

    [Fact]
    public void The_password_never_shows_in_the_token()
    {
        var token = AuthToken.Basic("neo4j", "s3cret-Pa55");

        Assert.DoesNotContain("s3cret-Pa55", token.ToString());
        Assert.Contains("neo4j", token.ToString());
    }
}
