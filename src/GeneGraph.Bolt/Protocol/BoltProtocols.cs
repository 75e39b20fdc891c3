using GeneGraph.Bolt.Errors;

namespace GeneGraph.Bolt.Protocol;

internal static class BoltProtocols
{
    public static IBoltProtocol For(BoltVersion version) => version.Major switch
    {
        1 => new BoltV1(),
        3 => new BoltV3(),
        4 when version.Minor >= 2 => new BoltV4(version),
        5 => new BoltV5(version),
        _ => throw new ProtocolException($"Bolt {version} is not supported by this client."),
    };

    internal static Dictionary<string, object?> ToObjectMap(IReadOnlyDictionary<string, string> map) =>
        map.ToDictionary(pair => pair.Key, pair => (object?)pair.Value, StringComparer.Ordinal);
}
