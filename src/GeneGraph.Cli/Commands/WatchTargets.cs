using GeneGraph.Bolt;
using GeneGraph.Bolt.Errors;
using GeneGraph.Graph;
using GeneGraph.Neo4j.Loading;
using GeneGraph.Writers;
using GeneGraph.Writers.Output;

namespace GeneGraph.Cli.Commands;

/// <summary>Something <c>watch</c> keeps equal to the vault's graph: an export file or a Neo4j database.</summary>
internal interface IWatchTarget : IAsyncDisposable
{
    /// <summary>The target as the user named it (the output path, the server's URI).</summary>
    string Name { get; }

    /// <summary>Writes the whole graph; returns a few words on what was written. Throws <see cref="WatchTargetException"/> when retrying cannot help.</summary>
    Task<string> UpdateAsync(KnowledgeGraph graph, CancellationToken cancellationToken);
}

/// <summary>A target that cannot be updated however often it is retried (wrong password, bad URI).</summary>
internal sealed class WatchTargetException(string message) : Exception(message);

/// <summary>An <c>-o</c> of <c>watch</c>: the writer writes through its <see cref="OutputTarget"/>, whole or not at all.</summary>
internal sealed class ExportWatchTarget(OutputTarget target, IGraphWriter writer) : IWatchTarget
{
    public string Name => target.Name;

    // Not cancelled: a write that started completes (the target renames a finished temp file into place), then watch stops.
    public Task<string> UpdateAsync(KnowledgeGraph graph, CancellationToken cancellationToken)
    {
        writer.Write(graph, target);
        return Task.FromResult("written");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>
/// The <c>--uri</c> of <c>watch</c>: each update runs the loader exactly as <c>genegraph load</c> does. The driver is
/// made anew after a failure, so a restarted server is reached on fresh connections.
/// </summary>
internal sealed class LoadWatchTarget(string uri, AuthToken auth, BoltDriverOptions driverOptions, LoadOptions loadOptions) : IWatchTarget
{
    private BoltDriver? _driver;

    public string Name => uri;

    public async Task<string> UpdateAsync(KnowledgeGraph graph, CancellationToken cancellationToken)
    {
        try
        {
            _driver ??= new BoltDriver(uri, auth, driverOptions);
            var summary = await new Neo4jLoader(_driver, loadOptions).LoadAsync(graph, null, cancellationToken);
            var changes = summary.Plan.Nodes.Concat(summary.Plan.Relationships).ToList();
            return $"loaded ({changes.Sum(c => c.Created)} created, {changes.Sum(c => c.Updated)} updated, " +
                   $"{changes.Sum(c => c.Deleted)} deleted, {changes.Sum(c => c.Unchanged)} unchanged)";
        }
        catch (Exception e) when (e is AuthenticationException or ArgumentException or FormatException or LoadRefusedException)
        {
            await DropDriverAsync();
            throw new WatchTargetException(e is AuthenticationException auth ? $"the server refused the user name or password ({auth.Code})" : e.Message);
        }
        catch
        {
            await DropDriverAsync();
            throw;
        }
    }

    private async Task DropDriverAsync()
    {
        if (_driver is null) return;
        try
        {
            await _driver.DisposeAsync();
        }
        catch (Exception e) when (e is Neo4jException or IOException or ObjectDisposedException)
        {
            // the connections of a dead server may fail to close; the next update opens new ones
        }
        _driver = null;
    }

    public ValueTask DisposeAsync() => new(DropDriverAsync());
}
