using System.Text;
using System.Xml;
using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Writers;

/// <summary>
/// Writes GraphML 1.0 for Cytoscape, networkx and <c>apoc.import.graphml</c>; the layout is described in
/// docs/graphml-format.md. Output is UTF-8 without BOM, indented, in <see cref="KnowledgeGraph.Nodes"/> and
/// <see cref="KnowledgeGraph.Edges"/> order, so the same graph always gives the same bytes.
/// </summary>
public sealed class GraphMLWriter : StreamGraphWriter
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
    public static IReadOnlyList<string> NodeColumns { get; } = ["labels", NodeProperties.Name.Name, "kind", GraphSchema.Key.Name, GraphSchema.Sources.Name];

    /// <summary>The columns written on every edge, in order, before its properties. <c>label</c> must come first for APOC.</summary>
    public static IReadOnlyList<string> EdgeColumns { get; } = ["label", "interaction", GraphSchema.Sources.Name];

    public override string FormatName => "graphml";

    public override string DefaultExtension => ".graphml";

    protected override void WriteGraph(KnowledgeGraph graph, Stream output)
    {
        var (nodeKeys, edgeKeys) = CollectKeys(graph);
        var columns = new List<KeyValuePair<string, object>>(); // one element's property columns, reused
        using var xml = XmlWriter.Create(output, Settings());
        WriteStart(xml, nodeKeys, edgeKeys, graph.Properties);
        WriteNodes(xml, graph.Nodes, nodeKeys, columns);
        WriteEdges(xml, graph.Edges, edgeKeys, columns);
        xml.WriteEndElement(); // graph
        xml.WriteEndElement(); // graphml
        xml.WriteEndDocument();
        xml.Flush();
    }

    /// <summary>
    /// The keys of the nodes and of the edges: the built-in columns, then every property column seen, with its type
    /// (<see cref="ColumnTypes"/>: a declared property's from the schema, an undeclared one's from its values).
    /// </summary>
    private static (KeySet Nodes, KeySet Edges) CollectKeys(KnowledgeGraph graph)
    {
        var nodeTypes = BuiltInTypes(graph.Nodes.Count > 0, NodeColumns);
        foreach (var node in graph.Nodes)
            ObserveProperties(nodeTypes, node.Properties, new NodeBuiltIns(node), GraphSchema.Of(node.Label).Properties, node);
        var edgeTypes = BuiltInTypes(graph.Edges.Count > 0, EdgeColumns);
        foreach (var edge in graph.Edges)
            ObserveProperties(edgeTypes, edge.Properties, new EdgeBuiltIns(edge), GraphSchema.Of(edge.Type).Properties, edge);
        var nodeKeys = KeySet.Collect(nodeTypes, NodeColumns, idsTaken: null, keyIdsTaken: null);
        var edgeKeys = KeySet.Collect(edgeTypes, EdgeColumns, idsTaken: nodeKeys.Ids, keyIdsTaken: nodeKeys.KeyIds);
        return (nodeKeys, edgeKeys);
    }

    /// <summary>The types of the built-in columns (none when the domain has no elements): the sources a list, the others strings.</summary>
    private static ColumnTypes BuiltInTypes(bool anyElement, IReadOnlyList<string> builtIn)
    {
        var types = new ColumnTypes(message => new GraphWriteException(message));
        if (anyElement)
            foreach (var column in builtIn)
                types.Set(column, column == GraphSchema.Sources.Name ? GraphSchema.Sources.Type : PropertyType.String);
        return types;
    }

    /// <summary>Adds the types of one element's property columns.</summary>
    private static void ObserveProperties<TBuiltIns>(
        ColumnTypes types, PropertyBag properties, TBuiltIns builtIns, IReadOnlyList<Property> declared, object owner)
        where TBuiltIns : IBuiltInColumns
    {
        foreach (var (name, value) in properties)
            if (PropertyColumns.ColumnOf(name, value, properties, builtIns) is { } column)
                types.Observe(column, name, value, declared, owner);
    }

    private static XmlWriterSettings Settings() => new()
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

    /// <summary>
    /// The document up to the first node: the root with its namespaces, the key declarations, the graph element and
    /// its data (the graph's properties, a partial export's filters: none for a whole graph).
    /// </summary>
    private static void WriteStart(XmlWriter xml, KeySet nodeKeys, KeySet edgeKeys, PropertyBag graphProperties)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", GraphMLNamespace);
        xml.WriteAttributeString("xmlns", GraphMLNamespace); // written first, where readers of the file expect it
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, SchemaLocation);
        nodeKeys.WriteDeclarations(xml, "node");
        edgeKeys.WriteDeclarations(xml, "edge");
        var graphKeys = GraphKeys(graphProperties, nodeKeys, edgeKeys);
        foreach (var (name, value) in graphProperties)
        {
            var (attrType, attrList) = GraphMLType(PropertyTypes.OfValue(value)!.Value);
            xml.WriteStartElement("key", GraphMLNamespace);
            xml.WriteAttributeString("id", graphKeys[name]);
            xml.WriteAttributeString("for", "graph");
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", attrType);
            if (attrList is not null) xml.WriteAttributeString("attr.list", attrList);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("graph", GraphMLNamespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var (name, value) in graphProperties)
            WriteData(xml, graphKeys[name], ValueText.XmlSafe(ValueText.Invariant(value)));
    }

    /// <summary>The key id of each graph property: its name, prefixed with <c>g_</c> while a node or edge key has it.</summary>
    private static Dictionary<string, string> GraphKeys(PropertyBag graphProperties, KeySet nodeKeys, KeySet edgeKeys)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, _) in graphProperties)
        {
            var id = name;
            while (nodeKeys.KeyIds.Contains(id) || edgeKeys.KeyIds.Contains(id) || CytoscapeReservedNames.Contains(id)) id = "g_" + id;
            ids.Add(name, id);
        }
        return ids;
    }

    /// <summary>Every node as <c>n0</c>, <c>n1</c>, … in graph order (<see cref="ElementId"/>).</summary>
    private static void WriteNodes(XmlWriter xml, IReadOnlyList<GraphNode> nodes, KeySet keys, List<KeyValuePair<string, object>> columns)
    {
        foreach (var node in nodes)
        {
            xml.WriteStartElement("node", GraphMLNamespace);
            xml.WriteAttributeString("id", ElementId(node));
            WriteColumns(xml, keys, NodeColumns, new NodeBuiltIns(node), node.Sources, node.Properties, columns);
            xml.WriteEndElement();
        }
    }

    /// <summary>A node's element id: <c>n</c> and its place in <see cref="KnowledgeGraph.Nodes"/>.</summary>
    private static string ElementId(GraphNode node) => "n" + ValueText.Long(node.Order);

    /// <summary>Every edge as <c>e0</c>, <c>e1</c>, … in graph order, between its nodes' element ids.</summary>
    private static void WriteEdges(XmlWriter xml, IReadOnlyList<GraphEdge> edges, KeySet keys, List<KeyValuePair<string, object>> columns)
    {
        for (var i = 0; i < edges.Count; i++)
        {
            var edge = edges[i];
            xml.WriteStartElement("edge", GraphMLNamespace);
            xml.WriteAttributeString("id", "e" + ValueText.Long(i));
            xml.WriteAttributeString("source", ElementId(edge.Source));
            xml.WriteAttributeString("target", ElementId(edge.Target));
            WriteColumns(xml, keys, EdgeColumns, new EdgeBuiltIns(edge), edge.Sources, edge.Properties, columns);
            xml.WriteEndElement();
        }
    }

    /// <summary>One element's data: the built-in columns in their order, then its property columns.</summary>
    private static void WriteColumns<TBuiltIns>(XmlWriter xml, KeySet keys, IReadOnlyList<string> builtInColumns, TBuiltIns builtIns,
        SourceList sources, PropertyBag properties, List<KeyValuePair<string, object>> columns)
        where TBuiltIns : IBuiltInColumns
    {
        foreach (var column in builtInColumns)
        {
            // the sources straight to their JSON list text (no string per source); every other built-in is a string
            var text = column == GraphSchema.Sources.Name ? ValueText.JsonSourceList(sources) : (string)builtIns.ValueOf(column)!;
            WriteData(xml, keys.KeyIdOf(column), ValueText.XmlSafe(text));
        }
        columns.Clear();
        PropertyColumns.Append(properties, builtIns, columns);
        foreach (var (column, value) in columns)
            WriteData(xml, keys.KeyIdOf(column), ValueText.XmlSafe(ValueText.Invariant(value)));
    }

    private static void WriteData(XmlWriter xml, string keyId, string text)
    {
        xml.WriteStartElement("data", GraphMLNamespace);
        xml.WriteAttributeString("key", keyId);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    /// <summary>
    /// The <c>attr.type</c> of a property type, and the <c>attr.list</c> of a list: GraphML 1.0 has no list type, so a
    /// list is a string key marked <c>attr.list</c>, its values JSON array text (docs/graphml-format.md).
    /// </summary>
    private static (string AttrType, string? AttrList) GraphMLType(PropertyType type) => type switch
    {
        PropertyType.String => ("string", null),
        PropertyType.Long => ("long", null),
        PropertyType.Double => ("double", null),
        PropertyType.Boolean => ("boolean", null),
        PropertyType.StringList => ("string", "string"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The keys of one domain (node or edge): column → (id, type), in declaration order.</summary>
    private sealed class KeySet
    {
        private readonly List<(string Column, string Id, string KeyId, PropertyType Type)> _keys = [];
        private readonly Dictionary<string, string> _keyIdByColumn = new(StringComparer.Ordinal);

        /// <summary>The attribute names (<c>attr.name</c>) of this domain.</summary>
        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        private readonly HashSet<string> _keyIds = new(StringComparer.Ordinal);

        /// <summary>The key ids (<c>&lt;key id&gt;</c>) of this domain.</summary>
        public IReadOnlySet<string> KeyIds => _keyIds;

        public string KeyIdOf(string column) => _keyIdByColumn[column];

        public static KeySet Collect(
            ColumnTypes types, IReadOnlyList<string> builtIn, HashSet<string>? idsTaken, IReadOnlySet<string>? keyIdsTaken)
        {
            var order = builtIn.Where(types.Contains)
                .Concat(types.Columns.Where(c => !builtIn.Contains(c)).Order(StringComparer.Ordinal));
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
                    while (idsTaken.Contains(id) || types.Contains(id) || set.Ids.Contains(id));
                }
                // the key id is the attribute name, unless Cytoscape.js reserves it (then k_id, k_source, ...)
                var keyId = id;
                while (CytoscapeReservedNames.Contains(keyId) || (keyIdsTaken?.Contains(keyId) ?? false) ||
                       (keyId != id && (types.Contains(keyId) || set._keyIds.Contains(keyId))))
                    keyId = ReservedKeyIdPrefix + keyId;
                set._keys.Add((column, id, keyId, types[column]));
                set._keyIdByColumn.Add(column, keyId);
                set.Ids.Add(id);
                set._keyIds.Add(keyId);
            }
            return set;
        }

        public void WriteDeclarations(XmlWriter xml, string domain)
        {
            foreach (var (_, id, keyId, type) in _keys)
            {
                var (attrType, attrList) = GraphMLType(type);
                xml.WriteStartElement("key", GraphMLNamespace);
                xml.WriteAttributeString("id", keyId);
                xml.WriteAttributeString("for", domain);
                xml.WriteAttributeString("attr.name", id);
                xml.WriteAttributeString("attr.type", attrType);
                if (attrList is not null) xml.WriteAttributeString("attr.list", attrList);
                xml.WriteEndElement();
            }
        }

        private static bool IsNmToken(string name) =>
            name.Length > 0 && name.All(XmlConvert.IsNCNameChar);
    }
}
