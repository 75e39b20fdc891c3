using GeneGraph.Bolt.Errors;

namespace GeneGraph.Neo4j.Loading;

/// <summary>A batch failed and was rolled back; the message names the batch and the cause.</summary>
public sealed class LoadException(string batch, Exception cause)
    : Exception($"{batch} failed and was rolled back: {cause.Message}", cause)
{
    public string Batch { get; } = batch;

    /// <summary>
    /// Whether running the same load again can complete it: the cause passes (a transient error, a lost connection, a
    /// server down or not yet the leader, a batch that timed out). Not for what a reload meets again: a wrong statement,
    /// a missing database, refused credentials, a transaction someone terminated, a protocol or database error.
    /// </summary>
    public bool ReloadCompletes { get; } = IsPassing(cause);

    private static bool IsPassing(Exception cause) => cause switch
    {
        TransientException or ServiceUnavailableException or SessionExpiredException => true,
        // A server-side transaction timeout: the batch met a slow moment; Neo4j files it under ClientError.
        Neo4jException { Code: "Neo.ClientError.Transaction.TransactionTimedOut" or "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" } => true,
        _ => false,
    };
}
