using GeneGraph.Schema;

namespace GeneGraph.Cypher;

/// <summary>
/// The statements of a sync (<c>genegraph load</c>): read back what one graph holds, write only new and changed
/// elements, release or delete what the vault no longer yields, and the graph's own record. Labels and types come
/// from the fixed enums; every value, the graph's name included, travels as a parameter. See docs/sync.md.
/// </summary>
public static class SyncStatements
{
    /// <summary>The parameter that names the graph being loaded.</summary>
    public const string GraphParameter = "graph";

    /// <summary>The parameter of <see cref="WriteGraph"/> that names the vault.</summary>
    public const string VaultParameter = "vault";

    /// <summary>The parameter of <see cref="MarkWriting"/> and <see cref="FinishWriting"/>, and the column of <see cref="ReadGraph"/> that holds the generation.</summary>
    public const string GenerationParameter = "generation";

    /// <summary>The parameter of <see cref="InspectVanishedNodes"/> and <see cref="ReadPresentNodes"/>: node ids.</summary>
    public const string IdsParameter = "ids";

    /// <summary>The field of a row that holds the element's content hash.</summary>
    public const string HashField = "hash";

    /// <summary>The columns of the read-back statements.</summary>
    public const string IdColumn = "id", FromColumn = "fromId", ToColumn = "toId", HashColumn = "hash";

    /// <summary>The column of <see cref="ReadNodes"/> that says whether the graph holds the node.</summary>
    public const string HeldColumn = "held";

    /// <summary>The columns of <see cref="InspectVanishedNodes"/>.</summary>
    public const string SharedColumn = "shared", ForeignColumn = "foreign";

    /// <summary>The columns of <see cref="CountLeftAloneNodes"/> and <see cref="CountLeftAloneRelationships"/>.</summary>
    public const string UnmarkedColumn = "unmarked", CountColumn = "count";

    private static readonly string Key = GraphSchema.Key.Name;
    private static readonly string Graphs = SyncMarks.Graphs.Name;
    private static readonly string Hash = SyncMarks.Hash.Name;
    private const string Graph = "$" + GraphParameter;

    /// <summary>The vault the graph was last loaded from, and its generation (no row before its first load).</summary>
    public static string ReadGraph { get; } =
        $"MATCH (m:{SyncMarks.GraphLabel} {{{SyncMarks.GraphName.Name}: {Graph}}}) " +
        $"RETURN m.{SyncMarks.Vault.Name} AS {VaultParameter}, m.{SyncMarks.Generation.Name} AS {GenerationParameter}";

    /// <summary>
    /// Set on the graph's record before a load writes, to a value that names that load (<c>$generation</c>): from then
    /// on no record of an earlier load is current.
    /// </summary>
    public static string MarkWriting { get; } =
        $"MATCH (m:{SyncMarks.GraphLabel} {{{SyncMarks.GraphName.Name}: {Graph}}}) SET m.{SyncMarks.Generation.Name} = ${GenerationParameter}";

    /// <summary>The parameter of <see cref="FinishWriting"/> that holds the value <see cref="MarkWriting"/> set.</summary>
    public const string WritingParameter = "writing";

    /// <summary>
    /// Set on the graph's record when a load has written everything, if the record still names that load (no other
    /// load began writing meanwhile); one row with the new generation if so, none if not.
    /// </summary>
    public static string FinishWriting { get; } =
        $"MATCH (m:{SyncMarks.GraphLabel} {{{SyncMarks.GraphName.Name}: {Graph}}}) WHERE m.{SyncMarks.Generation.Name} = ${WritingParameter} " +
        $"SET m.{SyncMarks.Generation.Name} = ${GenerationParameter} RETURN m.{SyncMarks.Generation.Name} AS {GenerationParameter}";

    /// <summary>
    /// How many nodes of <paramref name="label"/> the whole database holds, read from the server's count store without
    /// touching a node (one statement per label: a UNION of them is not answered from the count store on 3.x).
    /// </summary>
    public static string CountNodes(NodeLabel label) => $"MATCH (n:{label}) RETURN count(n) AS {CountColumn}";

    /// <summary>How many relationships of <paramref name="type"/> the whole database holds, from the count store.</summary>
    public static string CountRelationships(RelationshipType type) => $"MATCH ()-[r:{type.Name()}]->() RETURN count(r) AS {CountColumn}";

    /// <summary>Of the ids in <c>$ids</c>, those of a node of <paramref name="label"/> in the database (whoever made it).</summary>
    public static string ReadPresentNodes(NodeLabel label) =>
        $"UNWIND ${IdsParameter} AS id MATCH (n:{label} {{{Key}: id}}) RETURN n.{Key} AS {IdColumn}";

    /// <summary>Records the vault the graph is loaded from.</summary>
    public static string WriteGraph { get; } =
        $"MERGE (m:{SyncMarks.GraphLabel} {{{SyncMarks.GraphName.Name}: {Graph}}}) SET m.{SyncMarks.Vault.Name} = ${VaultParameter}";

    /// <summary>
    /// The id of every node of <paramref name="label"/> in the database, whether the graph holds it, and the content
    /// hash of those it holds. The ids it does not hold tell which new nodes exist already (another graph's, the
    /// user's, or unmarked): those are merged, the others created (<see cref="CreateNodes"/>).
    /// </summary>
    public static string ReadNodes(NodeLabel label) =>
        $"MATCH (n:{label}) WITH n, {Graph} IN coalesce(n.{Graphs}, []) AS held " +
        $"RETURN n.{Key} AS {IdColumn}, CASE WHEN held THEN n.{Hash} END AS {HashColumn}, held AS {HeldColumn}";

    /// <summary>The ends' ids and the content hash of every relationship of <paramref name="type"/> the graph holds.</summary>
    public static string ReadRelationships(RelationshipType type)
    {
        var (from, to) = type.Endpoints();
        return $"MATCH (a:{from})-[r:{type.Name()}]->(b:{to}) WHERE {Graph} IN r.{Graphs} " +
               $"RETURN a.{Key} AS {FromColumn}, b.{Key} AS {ToColumn}, r.{Hash} AS {HashColumn}";
    }

    /// <summary>
    /// Of the nodes in <c>$ids</c> that the graph holds: whether another graph holds them too, and how many of their
    /// relationships are not this graph's alone (the user's, another graph's, or unmarked), which keep the node.
    /// </summary>
    public static string InspectVanishedNodes(NodeLabel label) =>
        $"UNWIND ${IdsParameter} AS id MATCH (n:{label} {{{Key}: id}}) WHERE {Graph} IN n.{Graphs} " +
        $"OPTIONAL MATCH (n)-[u]-() WHERE coalesce(u.{Graphs}, []) <> [{Graph}] " +
        $"RETURN n.{Key} AS {IdColumn}, size(n.{Graphs}) > 1 AS {SharedColumn}, count(u) AS {ForeignColumn}";

    /// <summary>
    /// New and changed nodes, one batch: <c>$rows</c> is a list of <c>{id, properties, hash}</c>, where properties
    /// holds every declared property of the label, null for those the node lacks. <c>SET n += …</c> sets GeneGraph's
    /// properties and removes the null ones; properties the user added stay. The graph is added to the node's marks.
    /// </summary>
    public static string UpsertNodes(NodeLabel label) =>
        $"UNWIND ${GraphRows.RowsParameter} AS row MERGE (n:{label} {{{Key}: row.{GraphRows.KeyField}}}) " +
        $"SET n += row.{GraphRows.PropertiesField}, n.{Hash} = row.{HashField}, {AddMark("n")}";

    /// <summary>
    /// Nodes that were in no way in the database when the load read it, one batch of the rows of
    /// <see cref="UpsertNodes"/>: created, not merged, which spares the server the MERGE's lookup and lock. The
    /// uniqueness constraint on the key stays the guard: a node that someone created meanwhile fails the batch
    /// (<c>Neo.ClientError.Schema.ConstraintValidationFailed</c>, nothing written), and the loader sends it again
    /// with <see cref="UpsertNodes"/>.
    /// </summary>
    public static string CreateNodes(NodeLabel label) =>
        $"UNWIND ${GraphRows.RowsParameter} AS row CREATE (n:{label}) " +
        $"SET n = row.{GraphRows.PropertiesField}, n.{Hash} = row.{HashField}, n.{Graphs} = [{Graph}]";

    /// <summary>New and changed relationships, one batch: <c>$rows</c> is a list of <c>{from, to, properties, hash}</c>.</summary>
    /// <remarks>The rule planner on 3.x, for the reason <see cref="CypherStatements.MergeRelationships"/> gives.</remarks>
    public static string UpsertRelationships(RelationshipType type, Version? serverVersion)
    {
        var (from, to) = type.Endpoints();
        return $"{Planner(serverVersion)}UNWIND ${GraphRows.RowsParameter} AS row " +
               $"MATCH (a:{from} {{{Key}: row.{GraphRows.FromField}}}) MATCH (b:{to} {{{Key}: row.{GraphRows.ToField}}}) " +
               $"MERGE (a)-[r:{type.Name()}]->(b) SET r += row.{GraphRows.PropertiesField}, r.{Hash} = row.{HashField}, {AddMark("r")}";
    }

    /// <summary>
    /// Relationships the vault no longer yields, one batch of <c>{from, to}</c>: the graph's mark is taken off, and
    /// a relationship no graph holds any more is deleted.
    /// </summary>
    /// <remarks>
    /// No planner hint: 3.1.1's rule planner fails on this statement under Java 17 ("must be InterfaceMethodref
    /// constant"); the cost planner's trouble with stale index samples concerns a first load, and a delete follows one.
    /// </remarks>
    public static string DeleteRelationships(RelationshipType type)
    {
        var (from, to) = type.Endpoints();
        return $"UNWIND ${GraphRows.RowsParameter} AS row " +
               $"MATCH (a:{from} {{{Key}: row.{GraphRows.FromField}}})-[r:{type.Name()}]->(b:{to} {{{Key}: row.{GraphRows.ToField}}}) " +
               $"WHERE {Graph} IN r.{Graphs} " +
               $"WITH r, [g IN r.{Graphs} WHERE g <> {Graph}] AS rest SET r.{Graphs} = rest " +
               "WITH r, rest WHERE size(rest) = 0 DELETE r";
    }

    /// <summary>
    /// Nodes the vault no longer yields, one batch of <c>{id}</c>, after their relationships: the graph's mark is
    /// taken off; a node no graph holds any more loses GeneGraph's properties and marks (keeping its label and id)
    /// and is deleted unless a relationship someone else made still holds it.
    /// </summary>
    public static string DeleteNodes(NodeLabel label)
    {
        var owned = new Property[] { SyncMarks.Graphs, SyncMarks.Hash, GraphSchema.Sources }.Concat(GraphSchema.Of(label).Properties);
        return $"UNWIND ${GraphRows.RowsParameter} AS row MATCH (n:{label} {{{Key}: row.{GraphRows.KeyField}}}) WHERE {Graph} IN n.{Graphs} " +
               $"WITH n, [g IN n.{Graphs} WHERE g <> {Graph}] AS rest SET n.{Graphs} = rest " +
               $"WITH n, rest WHERE size(rest) = 0 REMOVE {string.Join(", ", owned.Select(p => $"n.{p.Name}"))} " +
               "WITH n WHERE NOT (n)--() DELETE n";
    }

    /// <summary>Nodes the graph leaves alone, counted as another graph's or unmarked (the user's, or from a load before marks).</summary>
    public static string CountLeftAloneNodes { get; } =
        $"MATCH (n) WHERE NOT n:{SyncMarks.GraphLabel} AND NOT {Graph} IN coalesce(n.{Graphs}, []) " +
        $"RETURN n.{Graphs} IS NULL AS {UnmarkedColumn}, count(*) AS {CountColumn}";

    /// <summary>Relationships the graph leaves alone, counted like <see cref="CountLeftAloneNodes"/>.</summary>
    public static string CountLeftAloneRelationships { get; } =
        $"MATCH ()-[r]->() WHERE NOT {Graph} IN coalesce(r.{Graphs}, []) " +
        $"RETURN r.{Graphs} IS NULL AS {UnmarkedColumn}, count(*) AS {CountColumn}";

    private static string AddMark(string element) =>
        $"{element}.{Graphs} = CASE WHEN {Graph} IN coalesce({element}.{Graphs}, []) THEN {element}.{Graphs} " +
        $"ELSE coalesce({element}.{Graphs}, []) + {Graph} END";

    private static string Planner(Version? serverVersion) => serverVersion is { Major: 3 } ? "CYPHER planner=rule " : "";
}
