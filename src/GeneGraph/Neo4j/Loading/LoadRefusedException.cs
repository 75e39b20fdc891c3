namespace GeneGraph.Neo4j.Loading;

/// <summary>The load was refused before anything was written: the request cannot be met as asked.</summary>
public sealed class LoadRefusedException(string message, SyncPlan? plan = null) : Exception(message)
{
    /// <summary>The plan that was refused, when one was made.</summary>
    public SyncPlan? Plan { get; } = plan;
}
