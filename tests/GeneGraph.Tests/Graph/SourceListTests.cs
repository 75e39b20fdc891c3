using FsCheck;
using FsCheck.Fluent;
using GeneGraph.Graph;

namespace GeneGraph.Tests.Graph;

/// <summary>A <see cref="SourceList"/> holds its sources as a sorted set would, whatever order they arrive in.</summary>
public sealed class SourceListTests
{
    private static Gen<SourceRef[]> Sources() =>
        Gen.Elements("a.md", "b.md", "Genes/LIF.md", "Genes/LIFR.md")
            .SelectMany(path => Gen.Choose(0, 6).Select(line => new SourceRef(path, line)))
            .ArrayOf();

    [Fact]
    public void A_source_list_is_the_sorted_set_of_its_sources_in_any_order_of_adding() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(Arb.From(Sources()), (SourceRef[] sources) =>
        {
            var list = new SourceList();
            var set = new SortedSet<SourceRef>();
            foreach (var source in sources)
                Assert.Equal(set.Add(source), list.Add(source));
            Assert.Equal(set.ToList(), list.ToList());
            Assert.Equal(set.Count, list.Count);
            if (set.Count > 0) Assert.Equal(set.Min, list.Min);
        }));

    [Fact]
    public void An_empty_source_list_has_no_first_source() =>
        Assert.Throws<InvalidOperationException>(() => new SourceList().Min);
}
