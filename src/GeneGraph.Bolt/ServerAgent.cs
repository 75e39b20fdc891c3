namespace GeneGraph.Bolt;

/// <summary>The server's agent string from HELLO/INIT (<c>server</c>), e.g. "Neo4j/3.1.1".</summary>
internal static class ServerAgent
{
    /// <summary>"Neo4j/3.1.1" → 3.1.1; <c>null</c> when the agent names no version.</summary>
    public static Version? ParseVersion(string? serverAgent)
    {
        var slash = serverAgent?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash < 0)
        {
            return null;
        }

        var digits = new string(serverAgent![(slash + 1)..].TakeWhile(c => char.IsAsciiDigit(c) || c == '.').ToArray()).Trim('.');
        return Version.TryParse(digits.Contains('.', StringComparison.Ordinal) ? digits : digits + ".0", out var version)
            ? version
            : null;
    }
}
