using System.Reflection;

namespace GeneGraph.Tests.Architecture;

/// <summary>One naming style for tests: a sentence that says what holds, words joined by <c>_</c>.</summary>
public sealed class TestNamingTests
{
    [Fact]
    public void Every_test_is_named_as_a_sentence()
    {
        var misnamed = typeof(TestNamingTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any())
            .Where(m => !m.Name.Contains('_', StringComparison.Ordinal) || !char.IsUpper(m.Name[0]))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();
        Assert.True(misnamed.Count == 0, "not a sentence: " + string.Join(", ", misnamed));
    }
}
