using System.Text.Json;
using GeneGraph.Neo4j.Loading;

namespace GeneGraph.Cli.Output;

/// <summary>A sync plan (<c>load --dry-run</c>) or a load's changes as a table, or as JSON for scripts.</summary>
internal static class SyncPlanWriter
{
    /// <summary>The graph, then per label and type: created, updated, deleted, unchanged; then what is kept, released and left alone.</summary>
    public static void WriteText(SyncPlan plan, TextWriter output)
    {
        output.WriteLine($"graph:                 {plan.Graph}{(plan.Vault is null ? "" : $" ({plan.Vault})")}" +
                         (plan.GraphRecorded ? "" : ", first load") + (plan.Prune ? "" : ", add-only (--no-prune)"));
        if (plan.GraphRecorded)
            output.WriteLine(plan.FromSnapshot
                ? "compared with:         this machine's record of the last load (the database is as that load left it)"
                : "compared with:         every element read back from the database");
        output.WriteLine($"  {"element",-18} {"created",8} {"updated",8} {"deleted",8} {"unchanged",10}");
        foreach (var c in plan.Nodes.Concat(plan.Relationships))
            output.WriteLine($"  {c.Element,-18} {c.Created,8} {c.Updated,8} {c.Deleted,8} {c.Unchanged,10}");
        if (plan.WritesNothing) output.WriteLine("unchanged: the database already holds this vault's graph; nothing to write");
        foreach (var kept in plan.Kept)
            output.WriteLine($"kept:                  {kept.Label} {kept.Id}, gone from the vault but held by {kept.ForeignRelationships} " +
                             "relationship(s) GeneGraph did not make (its GeneGraph properties and marks removed)");
        if (plan.Released > 0)
            output.WriteLine($"released:              {plan.Released} node(s) gone from the vault that another graph still holds (only this graph's mark removed)");
        if (plan.LeftAlone is { } alone)
            output.WriteLine($"left alone:            {alone.OtherGraphsNodes} nodes and {alone.OtherGraphsRelationships} relationships of other graphs, " +
                             $"{alone.UnmarkedNodes} nodes and {alone.UnmarkedRelationships} relationships GeneGraph did not mark (yours)");
    }

    /// <summary>The plan as one JSON object; after a load also the server's counters.</summary>
    public static void WriteJson(SyncPlan plan, bool dryRun, string? refusal, Stream output, LoadSummary? summary = null)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteBoolean("dryRun", dryRun);
        json.WriteString("graph", plan.Graph);
        json.WriteString("vault", plan.Vault);
        json.WriteString("previousVault", plan.PreviousVault);
        json.WriteBoolean("prune", plan.Prune);
        json.WriteBoolean("writesNothing", plan.WritesNothing);
        json.WriteString("comparedWith", plan.FromSnapshot ? "record" : "database");
        json.WriteString("refused", refusal);
        WriteChanges(json, "nodes", plan.Nodes);
        WriteChanges(json, "relationships", plan.Relationships);
        json.WriteStartArray("kept");
        foreach (var kept in plan.Kept)
        {
            json.WriteStartObject();
            json.WriteString("label", kept.Label.ToString());
            json.WriteString("id", kept.Id);
            json.WriteNumber("foreignRelationships", kept.ForeignRelationships);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber("released", plan.Released);
        if (plan.LeftAlone is { } alone)
        {
            json.WriteStartObject("leftAlone");
            json.WriteNumber("otherGraphsNodes", alone.OtherGraphsNodes);
            json.WriteNumber("otherGraphsRelationships", alone.OtherGraphsRelationships);
            json.WriteNumber("unmarkedNodes", alone.UnmarkedNodes);
            json.WriteNumber("unmarkedRelationships", alone.UnmarkedRelationships);
            json.WriteEndObject();
        }
        if (summary is not null)
        {
            json.WriteStartObject("server");
            json.WriteString("server", summary.Server);
            json.WriteNumber("batches", summary.Batches);
            json.WriteNumber("nodesCreated", summary.NodesCreated);
            json.WriteNumber("nodesDeleted", summary.NodesDeleted);
            json.WriteNumber("relationshipsCreated", summary.RelationshipsCreated);
            json.WriteNumber("relationshipsDeleted", summary.RelationshipsDeleted);
            json.WriteNumber("propertiesSet", summary.PropertiesSet);
            json.WriteNumber("constraintsAdded", summary.ConstraintsAdded);
            json.WriteNumber("indexesAdded", summary.IndexesAdded);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteChanges(Utf8JsonWriter json, string name, IReadOnlyList<ElementChanges> changes)
    {
        json.WriteStartObject(name);
        foreach (var c in changes)
        {
            json.WriteStartObject(c.Element);
            json.WriteNumber("created", c.Created);
            json.WriteNumber("updated", c.Updated);
            json.WriteNumber("deleted", c.Deleted);
            json.WriteNumber("unchanged", c.Unchanged);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }
}
