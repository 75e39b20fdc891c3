using System.Buffers.Binary;
using GeneGraph.Bolt.Errors;

namespace GeneGraph.Bolt;

/// <summary>
/// The Bolt handshake: the magic preamble then four version proposals, each four bytes
/// <c>[0, range, minor, major]</c> meaning <c>major.minor</c> down to <c>major.(minor - range)</c>.
/// The server answers the chosen version as <c>[0, 0, minor, major]</c>, or zero when none fits.
/// </summary>
internal static class Handshake
{
    public const uint Magic = 0x6060B017;

    /// <summary>What the server sends when it speaks HTTP: the four bytes "HTTP".</summary>
    public const uint HttpAnswer = 0x48545450;

    public static readonly BoltVersion Newest = new(5, 8);

    /// <summary>5.8–5.0, 4.4–4.2, 3.0, 1.0.</summary>
    public static byte[] Request { get; } =
    [
        0x60, 0x60, 0xB0, 0x17,
        0x00, 0x08, 0x08, 0x05,
        0x00, 0x02, 0x04, 0x04,
        0x00, 0x00, 0x00, 0x03,
        0x00, 0x00, 0x00, 0x01,
    ];

    public static async Task<BoltVersion> NegotiateAsync(Stream stream, int port, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(Request, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);

        var answer = new byte[4];
        var read = await stream.ReadAtLeastAsync(answer, 4, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (read < 4)
        {
            throw new ServiceUnavailableException(
                $"The server on port {port} closed the connection during the Bolt handshake; is it a Bolt port? (Neo4j's Bolt port is usually 7687.)");
        }

        return ParseAnswer(answer, port);
    }

    public static BoltVersion ParseAnswer(ReadOnlySpan<byte> answer, int port)
    {
        var value = BinaryPrimitives.ReadUInt32BigEndian(answer);
        if (value == HttpAnswer)
        {
            throw new ProtocolException($"Port {port} looks like Neo4j's HTTP port; the Bolt port is usually 7687.");
        }

        if (value == 0)
        {
            throw new ProtocolException(
                "The server supports none of the Bolt versions this client speaks (5.0–5.8, 4.2–4.4, 3.0, 1.0).");
        }

        var version = new BoltVersion(answer[3], answer[2]);
        if (answer[0] != 0 || answer[1] != 0 || !IsProposed(version))
        {
            throw new ProtocolException($"The server answered the Bolt handshake with 0x{value:X8}, which is not a version this client proposed.");
        }

        return version;
    }

    private static bool IsProposed(BoltVersion version) => version.Major switch
    {
        5 => version.Minor <= Newest.Minor,
        4 => version.Minor is >= 2 and <= 4,
        3 or 1 => version.Minor == 0,
        _ => false,
    };
}
