namespace GeneGraph.Vault;

/// <summary>
/// What one run will read: a note larger than <see cref="MaxNoteBytes"/> is reported (GG001) and skipped; the walk
/// stops (GG004) once <see cref="MaxNotes"/> notes or <see cref="MaxTotalBytes"/> bytes of notes were found.
/// </summary>
public sealed record VaultLimits(long MaxNoteBytes = VaultLimits.DefaultMaxNoteBytes, int MaxNotes = VaultLimits.DefaultMaxNotes,
    long MaxTotalBytes = VaultLimits.DefaultMaxTotalBytes)
{
    public const long DefaultMaxNoteBytes = 64L << 20;
    public const int DefaultMaxNotes = 1_000_000;
    public const long DefaultMaxTotalBytes = 4L << 30;

    public static VaultLimits Default { get; } = new();
}
