namespace GeneGraph.Neo4j.Loading;

/// <summary>A batch failed and was rolled back; the message names the batch and the cause. Loading again completes the load.</summary>
public sealed class LoadException(string batch, Exception cause)
    : Exception($"{batch} failed and was rolled back: {cause.Message}", cause)
{
    public string Batch { get; } = batch;
}
