namespace GeneGraph.Bolt;

/// <summary>Whether work reads or writes; routing sends writes to a WRITE server.</summary>
public enum AccessMode
{
    Write,
    Read,
}

/// <summary>What BEGIN (or an auto-commit RUN) tells the server: database, access mode, bookmarks.</summary>
internal sealed record TransactionSettings(string? Database, AccessMode Mode, IReadOnlyList<string> Bookmarks)
{
    public Dictionary<string, object?> ToExtra(bool withDatabase)
    {
        var extra = new Dictionary<string, object?>();
        if (Bookmarks.Count > 0)
        {
            extra["bookmarks"] = Bookmarks.ToList();
        }

        if (Mode == AccessMode.Read)
        {
            extra["mode"] = "r";
        }

        if (withDatabase && Database is not null)
        {
            extra["db"] = Database;
        }

        return extra;
    }
}
