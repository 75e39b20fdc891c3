using YamlDotNet.RepresentationModel;

namespace GeneGraph.Tests.Writers.Kgx;

/// <summary>
/// The Biolink model 4.4.4 (biolink-model.yaml, CC0, copied beside this file) read with YamlDotNet: its classes as
/// KGX categories (<c>biolink:PhenotypicFeature</c>), its slots as predicates and columns (<c>biolink:correlated_with</c>,
/// <c>provided_by</c>), its enums, and every prefix it knows (its <c>prefixes</c>, <c>emit_prefixes</c> and the
/// classes' <c>id_prefixes</c>).
/// </summary>
internal sealed class BiolinkModel
{
    private static readonly Lazy<BiolinkModel> Loaded = new(() => new BiolinkModel(
        Path.Combine(AppContext.BaseDirectory, "Writers", "Kgx", "biolink-model.yaml")));

    private BiolinkModel(string path)
    {
        using var reader = new StreamReader(path);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Version = Scalar(root, "version");
        var classes = Mapping(root, "classes");
        Categories = classes.Children.Keys.Select(k => "biolink:" + Pascal(((YamlScalarNode)k).Value!)).ToHashSet(StringComparer.Ordinal);
        MixinCategories = classes.Children
            .Where(c => c.Value is YamlMappingNode m && (Flag(m, "mixin") || Flag(m, "abstract")))
            .Select(c => "biolink:" + Pascal(((YamlScalarNode)c.Key).Value!)).ToHashSet(StringComparer.Ordinal);
        Slots = Mapping(root, "slots").Children.Keys.Select(k => Snake(((YamlScalarNode)k).Value!)).ToHashSet(StringComparer.Ordinal);
        var prefixes = Mapping(root, "prefixes").Children.Keys.Select(k => ((YamlScalarNode)k).Value!)
            .Concat(((YamlSequenceNode)root.Children[new YamlScalarNode("emit_prefixes")]).Children.Select(n => ((YamlScalarNode)n).Value!));
        foreach (var (_, body) in classes.Children)
            if (body is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("id_prefixes"), out var ids))
                prefixes = prefixes.Concat(((YamlSequenceNode)ids).Children.Select(n => ((YamlScalarNode)n).Value!));
        Prefixes = prefixes.ToHashSet(StringComparer.Ordinal);
        var enums = Mapping(root, "enums");
        Enum = name => Mapping((YamlMappingNode)enums.Children[new YamlScalarNode(name)], "permissible_values")
            .Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToHashSet(StringComparer.Ordinal);
        Text = File.ReadAllText(path);
    }

    public static BiolinkModel Load() => Loaded.Value;

    public string Version { get; }

    /// <summary>Every class, <c>biolink:</c> and PascalCase.</summary>
    public IReadOnlySet<string> Categories { get; }

    /// <summary>The mixin and abstract classes, which no node may have as its category.</summary>
    public IReadOnlySet<string> MixinCategories { get; }

    /// <summary>Every slot, snake_case (a predicate is <c>biolink:</c> and one of these).</summary>
    public IReadOnlySet<string> Slots { get; }

    public IReadOnlySet<string> Prefixes { get; }

    public Func<string, IReadOnlySet<string>> Enum { get; }

    public string Text { get; }

    public bool IsPredicate(string curie) => curie.StartsWith("biolink:", StringComparison.Ordinal) && Slots.Contains(curie["biolink:".Length..]);

    private static string Pascal(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Snake(string name) => name.Replace(' ', '_');

    private static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static bool Flag(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: "true" };

    /// <summary>The prefix of a CURIE (<c>NCBIGene</c> of <c>NCBIGene:3976</c>); null for a URL.</summary>
    public static string? PrefixOf(string curie) =>
        curie.StartsWith("http://", StringComparison.Ordinal) || curie.StartsWith("https://", StringComparison.Ordinal) || !curie.Contains(':')
            ? null
            : curie[..curie.IndexOf(':')];
}
