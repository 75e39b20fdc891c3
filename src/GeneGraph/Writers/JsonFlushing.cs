using System.Text.Json;

namespace GeneGraph.Writers;

/// <summary>Keeps a <see cref="Utf8JsonWriter"/>'s buffer small while it writes a large document.</summary>
internal static class JsonFlushing
{
    /// <summary>
    /// Hands the written bytes on every 64 KB. Utf8JsonWriter holds everything it was given until Flush: without
    /// this the whole document (tens of MB, 128 MB of Cytoscape.js for a 20k-gene vault) sat in one growing buffer
    /// until one write at the end. The bytes written are the same.
    /// </summary>
    private static void FlushEvery64K(Utf8JsonWriter json)
    {
        if (json.BytesPending >= 1 << 16) json.Flush();
    }

    /// <summary>The array property <paramref name="name"/>: every item as <paramref name="writeItem"/> writes it, flushing every 64 KB.</summary>
    public static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            writeItem(json, item);
            FlushEvery64K(json);
        }
        json.WriteEndArray();
    }
}
