using System.Text;
using System.Xml;
using GeneGraph.Graph;

namespace GeneGraph.Writers;

/// <summary>
/// Writes GraphML 1.0 for Cytoscape, networkx and <c>apoc.import.graphml</c>; the layout is described in
/// docs/graphml-format.md. Output is UTF-8 without BOM, indented, in <see cref="KnowledgeGraph.Nodes"/> and
/// <see cref="KnowledgeGraph.Edges"/> order, so the same graph always gives the same bytes.
/// </summary>
public sealed class GraphMLWriter : IGraphWriter
{
    public const string GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns";
    public const string SchemaLocation = GraphMLNamespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Prefix of an edge key id whose property name is also a node key id (<c>sources</c> → <c>e_sources</c>).</summary>
    public const string EdgeKeyPrefix = "e_";

    /// <summary>
    /// Prefix of a key <em>id</em> (never of its <c>attr.name</c>) that Cytoscape.js reserves in element data:
    /// cytoscape-graphml names data by key id, so a key id <c>id</c> would overwrite the node's element id.
    /// </summary>
    public const string ReservedKeyIdPrefix = "k_";

    /// <summary>Element data names Cytoscape.js reserves; no key id is one of them.</summary>
    public static IReadOnlySet<string> CytoscapeReservedNames { get; } = new HashSet<string>(StringComparer.Ordinal) { "id", "source", "target", "parent" };

    /// <summary>Prefix of a property whose name is a built-in column but whose value differs from it.</summary>
    public const string PropertyPrefix = "p_";

    /// <summary>The columns written on every node, in order, before its properties.</summary>
    public static IReadOnlyList<string> NodeColumns { get; } = ["labels", "name", "kind", "id", "sources"];

    /// <summary>The columns written on every edge, in order, before its properties. <c>label</c> must come first for APOC.</summary>
    public static IReadOnlyList<string> EdgeColumns { get; } = ["label", "interaction", "sources"];

    public string FormatName => "graphml";

    public string DefaultExtension => ".graphml";

    public void Write(KnowledgeGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var nodes = graph.Nodes.ToList();
        var edges = graph.Edges.ToList();
        var nodeRows = nodes.Select(NodeRow).ToList();
        var edgeRows = edges.Select(EdgeRow).ToList();
        var nodeKeys = KeySet.Collect(nodeRows, NodeColumns, idsTaken: null, keyIdsTaken: null);
        var edgeKeys = KeySet.Collect(edgeRows, EdgeColumns, idsTaken: nodeKeys.Ids, keyIdsTaken: nodeKeys.KeyIds);

        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            // \r in values becomes &#xD; (and \n, \t in attributes become references), so a parser gives them back.
            NewLineHandling = NewLineHandling.Entitize,
            CheckCharacters = true,
            CloseOutput = false,
        };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", GraphMLNamespace);
        xml.WriteAttributeString("xmlns", GraphMLNamespace); // written first, where readers of the file expect it
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, SchemaLocation);
        nodeKeys.WriteDeclarations(xml, "node");
        edgeKeys.WriteDeclarations(xml, "edge");

        xml.WriteStartElement("graph", GraphMLNamespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        var elementIds = new Dictionary<GraphNode, string>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            var id = "n" + ValueText.Long(i);
            elementIds.Add(nodes[i], id);
            xml.WriteStartElement("node", GraphMLNamespace);
            xml.WriteAttributeString("id", id);
            WriteData(xml, nodeKeys, nodeRows[i]);
            xml.WriteEndElement();
        }
        for (var i = 0; i < edges.Count; i++)
        {
            xml.WriteStartElement("edge", GraphMLNamespace);
            xml.WriteAttributeString("id", "e" + ValueText.Long(i));
            xml.WriteAttributeString("source", elementIds[edges[i].Source]);
            xml.WriteAttributeString("target", elementIds[edges[i].Target]);
            WriteData(xml, edgeKeys, edgeRows[i]);
            xml.WriteEndElement();
        }
        xml.WriteEndElement(); // graph
        xml.WriteEndElement(); // graphml
        xml.WriteEndDocument();
        xml.Flush();
    }

    /// <summary>The columns of a node, in writing order: the built-in ones, then its properties.</summary>
    public static IReadOnlyList<KeyValuePair<string, object>> NodeRow(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var row = new List<KeyValuePair<string, object>>
        {
            new("labels", ":" + node.Label),
            new("name", node.DisplayName),
            new("kind", node.Label.ToString()),
            new("id", node.Key),
            new("sources", SourceTexts(node.Sources)),
        };
        AddProperties(row, node.Properties);
        return row;
    }

    /// <summary>The columns of an edge, in writing order: the built-in ones (<c>label</c> first), then its properties.</summary>
    public static IReadOnlyList<KeyValuePair<string, object>> EdgeRow(GraphEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        var row = new List<KeyValuePair<string, object>>
        {
            new("label", edge.Type.Name()),
            new("interaction", edge.Type.Name()),
            new("sources", SourceTexts(edge.Sources)),
        };
        AddProperties(row, edge.Properties);
        return row;
    }

    private static string[] SourceTexts(SortedSet<SourceRef> sources) => sources.Select(s => s.ToString()).ToArray();

    /// <summary>
    /// Appends the properties. A property named like a built-in column is dropped when it holds the same value
    /// (a Trait's <c>name</c> is its display name) and is written as <c>p_name</c> when it differs.
    /// </summary>
    private static void AddProperties(List<KeyValuePair<string, object>> row, PropertyBag properties)
    {
        // The built-in columns are the row's first few entries: a linear scan, not a dictionary per element.
        var builtIns = row.Count;
        foreach (var (name, value) in properties)
        {
            var column = name;
            if (BuiltIn(row, builtIns, name) is { } shown)
            {
                if (PropertyBag.ValuesEqual(shown, value)) continue;
                do column = PropertyPrefix + column;
                while (BuiltIn(row, builtIns, column) is not null || properties.Contains(column));
            }
            row.Add(new(column, value));
        }
    }

    private static object? BuiltIn(List<KeyValuePair<string, object>> row, int builtIns, string column)
    {
        for (var i = 0; i < builtIns; i++)
            if (string.Equals(row[i].Key, column, StringComparison.Ordinal)) return row[i].Value;
        return null;
    }

    private static void WriteData(XmlWriter xml, KeySet keys, IReadOnlyList<KeyValuePair<string, object>> row)
    {
        foreach (var (column, value) in row)
        {
            xml.WriteStartElement("data", GraphMLNamespace);
            xml.WriteAttributeString("key", keys.KeyIdOf(column));
            xml.WriteString(ValueText.XmlSafe(ValueText.Invariant(value)));
            xml.WriteEndElement();
        }
    }

    private enum ValueKind
    {
        String,
        Long,
        Double,
        Boolean,
        List,
    }

    /// <summary>The keys of one domain (node or edge): column → (id, type), in declaration order.</summary>
    private sealed class KeySet
    {
        private readonly List<(string Column, string Id, string KeyId, ValueKind Kind)> _keys = [];
        private readonly Dictionary<string, string> _keyIdByColumn = new(StringComparer.Ordinal);

        /// <summary>The attribute names (<c>attr.name</c>) of this domain.</summary>
        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        private readonly HashSet<string> _keyIds = new(StringComparer.Ordinal);

        /// <summary>The key ids (<c>&lt;key id&gt;</c>) of this domain.</summary>
        public IReadOnlySet<string> KeyIds => _keyIds;

        public string KeyIdOf(string column) => _keyIdByColumn[column];

        public static KeySet Collect(
            IEnumerable<IReadOnlyList<KeyValuePair<string, object>>> rows, IReadOnlyList<string> builtIn, HashSet<string>? idsTaken,
            IReadOnlySet<string>? keyIdsTaken)
        {
            var kinds = new Dictionary<string, ValueKind>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                foreach (var (column, value) in row)
                {
                    var kind = KindOf(value);
                    // one column, different types: fall back to string, every value as invariant text
                    kinds[column] = kinds.TryGetValue(column, out var seen) && seen != kind ? ValueKind.String : kind;
                }
            }
            var order = builtIn.Where(kinds.ContainsKey)
                .Concat(kinds.Keys.Where(c => !builtIn.Contains(c)).Order(StringComparer.Ordinal));
            var set = new KeySet();
            foreach (var column in order)
            {
                if (!IsNmToken(column))
                    throw new InvalidOperationException(
                        $"property name '{column}' cannot be a GraphML key (attr.name must be an XML name token)");
                var id = column;
                if (idsTaken is not null && idsTaken.Contains(id))
                {
                    do id = EdgeKeyPrefix + id;
                    while (idsTaken.Contains(id) || kinds.ContainsKey(id) || set.Ids.Contains(id));
                }
                // the key id is the attribute name, unless Cytoscape.js reserves it (then k_id, k_source, ...)
                var keyId = id;
                while (CytoscapeReservedNames.Contains(keyId) || (keyIdsTaken?.Contains(keyId) ?? false) ||
                       (keyId != id && (kinds.ContainsKey(keyId) || set._keyIds.Contains(keyId))))
                    keyId = ReservedKeyIdPrefix + keyId;
                set._keys.Add((column, id, keyId, kinds[column]));
                set._keyIdByColumn.Add(column, keyId);
                set.Ids.Add(id);
                set._keyIds.Add(keyId);
            }
            return set;
        }

        public void WriteDeclarations(XmlWriter xml, string domain)
        {
            foreach (var (_, id, keyId, kind) in _keys)
            {
                xml.WriteStartElement("key", GraphMLNamespace);
                xml.WriteAttributeString("id", keyId);
                xml.WriteAttributeString("for", domain);
                xml.WriteAttributeString("attr.name", id);
                xml.WriteAttributeString("attr.type", kind switch
                {
                    ValueKind.Long => "long",
                    ValueKind.Double => "double",
                    ValueKind.Boolean => "boolean",
                    _ => "string",
                });
                if (kind == ValueKind.List) xml.WriteAttributeString("attr.list", "string");
                xml.WriteEndElement();
            }
        }

        private static ValueKind KindOf(object value) => value switch
        {
            string => ValueKind.String,
            long => ValueKind.Long,
            double => ValueKind.Double,
            bool => ValueKind.Boolean,
            IReadOnlyList<string> => ValueKind.List,
            _ => throw new ArgumentException($"unsupported property type {value.GetType().Name}", nameof(value)),
        };

        private static bool IsNmToken(string name) =>
            name.Length > 0 && name.All(XmlConvert.IsNCNameChar);
    }
}
