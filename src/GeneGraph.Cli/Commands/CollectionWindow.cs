namespace GeneGraph.Cli.Commands;

/// <summary>
/// Garbage collections held off for the rest of a command's run (<see cref="GC.TryStartNoGCRegion(long)"/>), for a
/// run whose allocations are mostly what it keeps to its end, where collecting only copies survivors from one
/// generation to the next. Once the run has allocated more than the window holds, the runtime collects and the
/// window is over: the run goes on with ordinary collections.
/// </summary>
/// <remarks>
/// Not closed when the command returns: the process ends there, and closing it would let the next allocation start
/// a collection of everything the run allocated (0.24 s at 20k genes) on the way out. The mode is the process's: a
/// command run in-process after another (as the tests do) finds it taken or spent and runs without one.
/// </remarks>
internal static class CollectionWindow
{
    private static int _taken;

    /// <summary>Opens a window of <paramref name="bytes"/>; false when none is opened (0 bytes, taken before, or refused).</summary>
    public static bool Open(long bytes)
    {
        if (bytes <= 0 || Interlocked.Exchange(ref _taken, 1) != 0) return false;
        try
        {
            return GC.TryStartNoGCRegion(bytes);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            return false; // another part of the process opened one, or the size exceeds what this runtime allows
        }
    }
}
