using GeneGraph.Bolt.Messages;

namespace GeneGraph.Bolt.Protocol;

/// <summary>
/// Bolt 5.x (Neo4j 5): like 4.4, plus element ids in graph structures. From 5.1 credentials leave
/// HELLO for a separate LOGON; from 5.3 HELLO must carry a <c>bolt_agent</c> map; 5.7+ failures name
/// their code <c>neo4j_code</c> (handled by the message reader).
/// </summary>
internal sealed class BoltV5(BoltVersion version) : BoltV4(version)
{
    public override IReadOnlyList<RequestMessage> Login(string userAgent, AuthToken auth, IReadOnlyDictionary<string, string>? routingContext)
    {
        if (Version.Minor == 0)
        {
            return base.Login(userAgent, auth, routingContext);
        }

        var hello = new Dictionary<string, object?> { ["user_agent"] = userAgent };
        AddRouting(hello, routingContext);
        if (Version.Minor >= 3)
        {
            hello["bolt_agent"] = new Dictionary<string, object?>
            {
                ["product"] = userAgent,
                ["platform"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                ["language"] = ".NET/" + Environment.Version,
            };
        }

        return [RequestMessage.Hello(hello), RequestMessage.Logon(auth.ToMap())];
    }
}
