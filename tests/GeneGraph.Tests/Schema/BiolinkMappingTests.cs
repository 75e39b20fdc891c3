using GeneGraph.Schema;
using GeneGraph.Tests.Writers.Kgx;

namespace GeneGraph.Tests.Schema;

/// <summary>The table of Biolink terms beside the schema: a row for every declared label and type, every term in the model.</summary>
public sealed class BiolinkMappingTests
{
    [Fact]
    public void Every_declared_label_has_a_category_and_every_relationship_type_a_predicate()
    {
        Assert.Equal(Enum.GetValues<NodeLabel>().Order(), BiolinkMapping.Categories.Keys.Order());
        Assert.Equal(RelationshipTypes.All.Order(), BiolinkMapping.Edges.Keys.Order());
    }

    [Fact]
    public void Every_category_predicate_and_enum_value_of_the_table_is_in_the_Biolink_model()
    {
        var model = BiolinkModel.Load();
        foreach (var category in BiolinkMapping.Categories.Values.Append(BiolinkMapping.MolecularActivity))
        {
            Assert.Contains(category, model.Categories);
            Assert.DoesNotContain(category, model.MixinCategories);
        }
        var predicates = BiolinkMapping.Edges.Values.Select(e => e.Predicate)
            .Append(BiolinkMapping.PositivelyCorrelatedWith).Append(BiolinkMapping.NegativelyCorrelatedWith).Append(BiolinkMapping.Enables);
        Assert.All(predicates, p => Assert.True(model.IsPredicate(p), $"{p} is no Biolink slot"));
        Assert.All(BiolinkMapping.Edges.Values, e => Assert.Contains(e.KnowledgeLevel, model.Enum("KnowledgeLevelEnum")));
        Assert.All(BiolinkMapping.Edges.Values, e => Assert.Contains(e.AgentType, model.Enum("AgentTypeEnum")));
    }

    [Fact]
    public void The_standard_prefixes_are_spelled_as_the_model_spells_them_and_GeneGraphs_own_are_none_of_its()
    {
        var model = BiolinkModel.Load();
        string[] standard = [CuriePrefixes.NcbiGene, CuriePrefixes.Ensembl, CuriePrefixes.Doi, CuriePrefixes.PubMed,
            CuriePrefixes.GeneOntology, CuriePrefixes.Taxon, CuriePrefixes.Biolink];
        Assert.All(standard, p => Assert.Contains(p, model.Prefixes));
        Assert.All(CuriePrefixes.AllOwn, p => Assert.DoesNotContain(p, model.Prefixes, StringComparer.OrdinalIgnoreCase));
        Assert.Equal(Enum.GetValues<NodeLabel>().Length, Enum.GetValues<NodeLabel>().Select(CuriePrefixes.Own).Distinct().Count());
    }

    [Theory]
    [InlineData("growth factor activity", true)]
    [InlineData("signaling receptor binding", true)]
    [InlineData("structural constituent of cytoskeleton", true)]
    [InlineData("oxidoreductase activity, acting on paired donors", true)]
    [InlineData("immune response", false)]
    [InlineData("nucleus", false)]
    public void A_GO_phrase_is_a_molecular_activity_only_when_its_words_say_so(string phrase, bool activity) =>
        Assert.Equal(activity ? BiolinkMapping.MolecularActivity : null, BiolinkMapping.GoTermCategory(phrase));
}
