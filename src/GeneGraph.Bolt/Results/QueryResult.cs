using GeneGraph.Bolt.Messages;

namespace GeneGraph.Bolt.Results;

/// <summary>A fully read result: column names, rows and summary.</summary>
public sealed class QueryResult(IReadOnlyList<string> keys, IReadOnlyList<BoltRecord> records, ResultSummary summary)
{
    public IReadOnlyList<string> Keys { get; } = keys;

    public IReadOnlyList<BoltRecord> Records { get; } = records;

    public ResultSummary Summary { get; } = summary;

    public SummaryCounters Counters => Summary.Counters;

    /// <summary>The single row's single value, e.g. for <c>RETURN count(*)</c>.</summary>
    public object? Scalar() => Records.Count == 1 && Keys.Count >= 1
        ? Records[0][0]
        : throw new InvalidOperationException($"Expected exactly one row, got {Records.Count}.");

    /// <summary>Builds the result from the answers to RUN and to the PULL that followed it.</summary>
    internal static QueryResult From(ExchangeResult run, ExchangeResult pull, BoltConnection connection)
    {
        var keys = (run.Metadata.GetValueOrDefault("fields") as List<object?>)?.Cast<string>().ToList() ?? [];
        var records = pull.Records.Select(values => new BoltRecord(keys, values)).ToList();
        var metadata = pull.Metadata;
        var summary = new ResultSummary(
            SummaryCounters.FromStats(metadata.GetValueOrDefault("stats") as IReadOnlyDictionary<string, object?>),
            metadata.GetValueOrDefault("type") as string,
            metadata.GetValueOrDefault("db") as string,
            new ServerInfo(connection.Address, connection.ServerAgent, connection.Version),
            metadata);
        return new QueryResult(keys, records, summary);
    }
}
