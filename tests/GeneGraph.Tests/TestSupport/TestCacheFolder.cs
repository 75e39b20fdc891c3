using System.Runtime.CompilerServices;

namespace GeneGraph.Tests.TestSupport;

/// <summary>
/// Points GeneGraph's cache of parsed notes (docs/note-cache.md) at a folder of this test run's own, for the tests and
/// every CLI process they start, so the suite never writes into the user's ~/.cache and no two runs share a cache.
/// Tests of the cache itself name their folder explicitly.
/// </summary>
internal static class TestCacheFolder
{
    [ModuleInitializer]
    internal static void Isolate()
    {
        var folder = Path.Combine(Path.GetTempPath(), "genegraph-test-cache-" + Environment.ProcessId);
        Environment.SetEnvironmentVariable("GENEGRAPH_CACHE_DIR", folder);
    }
}
