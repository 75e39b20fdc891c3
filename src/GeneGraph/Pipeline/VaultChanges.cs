using System.Threading.Channels;

namespace GeneGraph.Pipeline;

/// <summary>
/// The file-system events of a vault folder, coalesced: <see cref="NextAsync"/> waits for the first event, then until
/// the vault has been quiet for a while, and returns every note or folder path touched meanwhile. Events on hidden
/// paths (<c>.obsidian</c>, an editor's <c>.LIF.md.tmp</c>) and on files that are not notes (plots) are ignored; a
/// save that writes a temp file and renames it over the note arrives as the rename's new name.
/// </summary>
public sealed class VaultChanges : IDisposable
{
    /// <summary>The path meaning "anything may have changed": the watcher lost events (its buffer overflowed).</summary>
    private const string Everything = "";

    private readonly string _root;
    private readonly FileSystemWatcher _watcher;
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public VaultChanges(string vaultFolder)
    {
        _root = Path.GetFullPath(vaultFolder);
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 1 << 16,
        };
        _watcher.Created += (_, e) => Add(e.FullPath);
        _watcher.Changed += (_, e) => Add(e.FullPath);
        _watcher.Deleted += (_, e) => Add(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Add(e.OldFullPath);
            Add(e.FullPath);
        };
        _watcher.Error += (_, _) => _events.Writer.TryWrite(Everything);
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>
    /// The vault paths changed since the last call (a folder stands for everything below it), once no event came for
    /// <paramref name="quiet"/> (or <paramref name="atMost"/> after the first, so a steady stream still gets updates);
    /// null when events were lost and every note must be re-read. Returns an empty set when
    /// <paramref name="idleTimeout"/> passes without any event.
    /// </summary>
    public async Task<IReadOnlySet<string>?> NextAsync(TimeSpan quiet, TimeSpan atMost, TimeSpan? idleTimeout, CancellationToken cancellationToken)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        if (!await WaitForEventAsync(idleTimeout, cancellationToken)) return paths;
        var deadline = DateTime.UtcNow + atMost;
        var everything = false;
        do
        {
            while (_events.Reader.TryRead(out var path))
            {
                if (path == Everything) everything = true;
                else paths.Add(path);
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) break;
        }
        while (await WaitForEventAsync(quiet < deadline - DateTime.UtcNow ? quiet : deadline - DateTime.UtcNow, cancellationToken));
        return everything ? null : paths;
    }

    /// <summary>True when an event is ready, false when <paramref name="timeout"/> (null: none) passed first.</summary>
    private async Task<bool> WaitForEventAsync(TimeSpan? timeout, CancellationToken cancellationToken)
    {
        if (timeout is null) return await _events.Reader.WaitToReadAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout.Value < TimeSpan.Zero ? TimeSpan.Zero : timeout.Value);
        try
        {
            return await _events.Reader.WaitToReadAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private void Add(string fullPath)
    {
        var path = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        if (path.Split('/').Any(part => part.StartsWith('.'))) return;
        var extension = Path.GetExtension(path);
        // A note, or a folder (moved, deleted): a file of another kind (a plot, a canvas) is no note.
        if (extension.Length == 0 || extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || Directory.Exists(fullPath))
            _events.Writer.TryWrite(path);
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _events.Writer.TryComplete();
    }
}
