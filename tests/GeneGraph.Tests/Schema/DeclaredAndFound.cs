namespace GeneGraph.Tests.Schema;

/// <summary>Compares what the schema declares with what a document or a graph has, both ways.</summary>
internal static class DeclaredAndFound
{
    public static void AssertSame(IEnumerable<string> declared, IEnumerable<string> found, string where)
    {
        var declaredSet = declared.ToHashSet(StringComparer.Ordinal);
        var foundSet = found.ToHashSet(StringComparer.Ordinal);
        var missing = declaredSet.Except(foundSet).Order(StringComparer.Ordinal).ToList();
        var extra = foundSet.Except(declaredSet).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{where}: declared but missing: [{string.Join("; ", missing)}]; there but not declared: [{string.Join("; ", extra)}]");
    }
}
