namespace GeneGraph.Bolt.Messages;

/// <summary>What the server answered to one request: the records it streamed and its summary.</summary>
internal sealed class ExchangeResult
{
    public List<IReadOnlyList<object?>> Records { get; } = [];

    public IReadOnlyDictionary<string, object?> Metadata { get; set; } = new Dictionary<string, object?>();

    public bool Ignored { get; set; }
}
