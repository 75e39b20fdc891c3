using System.Globalization;

namespace GeneGraph.Bolt;

/// <summary>A server address: host and port.</summary>
public sealed record BoltAddress(string Host, int Port)
{
    public const int DefaultPort = 7687;

    /// <summary>Parses "host", "host:port" or "[ipv6]:port" as found in routing tables.</summary>
    public static BoltAddress Parse(string text)
    {
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            var host = text[1..close];
            return new BoltAddress(host, close + 1 < text.Length ? ParsePort(text[(close + 2)..]) : DefaultPort);
        }

        var colon = text.LastIndexOf(':');
        return colon < 0 ? new BoltAddress(text, DefaultPort) : new BoltAddress(text[..colon], ParsePort(text[(colon + 1)..]));
    }

    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    private static int ParsePort(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
