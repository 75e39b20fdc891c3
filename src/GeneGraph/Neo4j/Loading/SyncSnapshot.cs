using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using GeneGraph.Schema;

namespace GeneGraph.Neo4j.Loading;

/// <summary>
/// What one graph held in one database when a load from this machine finished: the id (or the ends' ids) and content
/// hash of every element the graph holds, the database's element counts per label and type, and the generation the
/// load wrote into the graph's record (docs/sync.md, "The record of the last load"). A later load whose database
/// still shows that generation and those counts takes the hashes from here instead of reading every element back.
/// One file per server, database and graph in the cache folder; written to a temporary file and renamed; a file
/// that cannot be read, or is damaged, is as good as none (the load reads the database back).
/// </summary>
internal sealed class SyncSnapshot
{
    private static ReadOnlySpan<byte> Magic => "GGSS"u8;
    private const int Format = 2;
    private const int CheckLength = 8;

    private SyncSnapshot(string generation, IReadOnlyDictionary<string, long> counts, HeldElements held)
    {
        Generation = generation;
        Counts = counts;
        Held = held;
    }

    /// <summary>The generation written into the graph's record by the load that wrote this snapshot.</summary>
    public string Generation { get; }

    /// <summary>Nodes per label and relationships per type in the whole database then (<see cref="SyncPlanner.CountElementsAsync"/>).</summary>
    public IReadOnlyDictionary<string, long> Counts { get; }

    /// <summary>The graph's nodes per label (id → hash) and relationships per type ((from id, to id) → hash).</summary>
    public HeldElements Held { get; }

    /// <summary>The snapshot file of <paramref name="graph"/> in <paramref name="database"/> (null: the default) on <paramref name="server"/>.</summary>
    public static string FileOf(string directory, string server, string? database, string graph)
    {
        var identity = Encoding.UTF8.GetBytes($"{server}\n{database}\n{graph}");
        return Path.Combine(directory, $"sync-{Convert.ToHexStringLower(SHA256.HashData(identity))[..16]}.snapshot");
    }

    /// <summary>The snapshot in <paramref name="file"/>; null when there is none or it cannot be read whole.</summary>
    public static SyncSnapshot? Read(string file)
    {
        try
        {
            var bytes = File.ReadAllBytes(file);
            if (bytes.Length < Magic.Length + CheckLength) return null;
            var body = bytes.AsSpan(0, bytes.Length - CheckLength);
            if (!XxHash3.Hash(body).AsSpan().SequenceEqual(bytes.AsSpan(body.Length))) return null;
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, body.Length, writable: false), Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Format) return null;
            var nodes = new Dictionary<NodeLabel, Dictionary<string, string?>>();
            for (var i = reader.ReadInt32(); i > 0; i--)
            {
                var label = Enum.Parse<NodeLabel>(reader.ReadString());
                var count = reader.ReadInt32();
                var held = new Dictionary<string, string?>(count, StringComparer.Ordinal);
                for (var j = count; j > 0; j--) held[reader.ReadString()] = ReadHash(reader);
                nodes[label] = held;
            }
            // A relationship's ends are node ids read above: taken from those, not made again (438k strings at 20k genes).
            var ids = new HashSet<string>(nodes.Values.SelectMany(held => held.Keys), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            var relationships = new Dictionary<RelationshipType, Dictionary<(string, string), string?>>();
            for (var i = reader.ReadInt32(); i > 0; i--)
            {
                var type = Enum.Parse<RelationshipType>(reader.ReadString());
                var count = reader.ReadInt32();
                var held = new Dictionary<(string, string), string?>(count);
                for (var j = count; j > 0; j--) held[(ReadId(reader, bytes, ids), ReadId(reader, bytes, ids))] = ReadHash(reader);
                relationships[type] = held;
            }
            var generation = reader.ReadString();
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            for (var i = reader.ReadInt32(); i > 0; i--) counts[reader.ReadString()] = reader.ReadInt64();
            return new SyncSnapshot(generation, counts, new HeldElements(nodes, relationships));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or FormatException or OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>
    /// Starts a snapshot: the elements the graph holds (or will once a load has written, which the plan already knows)
    /// go to a temporary file, while the load writes; <see cref="Pending.Complete"/> adds the generation and the
    /// counts, known only after the writes, and puts the file in place. Disposing a snapshot not completed deletes it.
    /// </summary>
    public static Pending Begin(string file, HeldElements held)
    {
        var pending = new Pending(file);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            pending.Stream = new FileStream(pending.Temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            using var writer = new BinaryWriter(pending.Stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(Format);
            writer.Write(held.Nodes.Count);
            foreach (var (label, nodes) in held.Nodes)
            {
                writer.Write(label.ToString());
                writer.Write(nodes.Count);
                foreach (var (id, hash) in nodes)
                {
                    writer.Write(id);
                    WriteHash(writer, hash);
                }
            }
            writer.Write(held.Relationships.Count);
            foreach (var (type, relationships) in held.Relationships)
            {
                writer.Write(type.ToString());
                writer.Write(relationships.Count);
                foreach (var ((from, to), hash) in relationships)
                {
                    writer.Write(from);
                    writer.Write(to);
                    WriteHash(writer, hash);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            pending.Dispose(); // nothing to complete: the next load reads back
        }
        return pending;
    }

    /// <summary>A snapshot being written (<see cref="Begin"/>).</summary>
    internal sealed class Pending(string file) : IDisposable
    {
        public string Temporary { get; } = Path.Combine(Path.GetDirectoryName(file)!, $".{Path.GetFileName(file)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");

        public FileStream? Stream { get; set; }

        /// <summary>Adds the generation and the counts, the check, and renames the file into place (best effort).</summary>
        public void Complete(string generation, IReadOnlyDictionary<string, long> counts)
        {
            if (Stream is not { } stream) return;
            try
            {
                using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
                {
                    writer.Write(generation);
                    writer.Write(counts.Count);
                    foreach (var (name, count) in counts)
                    {
                        writer.Write(name);
                        writer.Write(count);
                    }
                }
                stream.Position = 0;
                var check = new XxHash3();
                check.Append(stream);
                stream.Write(check.GetCurrentHash());
                stream.Dispose();
                Stream = null;
                File.Move(Temporary, file, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Dispose();
            }
        }

        public void Dispose()
        {
            Stream?.Dispose();
            Stream = null;
            Forget(Temporary);
        }
    }

    /// <summary>Deletes the snapshot file, if any (best effort).</summary>
    private static void Forget(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stale snapshot is harmless: its generation no longer matches the database's.
        }
    }

    // An element the graph holds may lack a hash (marked by an interrupted load): null, written as an empty string.
    private static void WriteHash(BinaryWriter writer, string? hash) => writer.Write(hash ?? "");

    private static string? ReadHash(BinaryReader reader) => reader.ReadString() is { Length: > 0 } hash ? hash : null;

    /// <summary>A string as <see cref="BinaryReader.ReadString"/> reads it from <paramref name="bytes"/>, as the instance in <paramref name="ids"/> when one is equal.</summary>
    private static string ReadId(BinaryReader reader, byte[] bytes, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ids)
    {
        const int OnStack = 256;
        var length = reader.Read7BitEncodedInt();
        var at = (int)reader.BaseStream.Position;
        if (length < 0 || length > reader.BaseStream.Length - at) throw new EndOfStreamException("an id longer than the snapshot");
        reader.BaseStream.Position = at + length;
        var utf8 = bytes.AsSpan(at, length);
        var chars = length <= OnStack ? stackalloc char[OnStack] : new char[length];
        var id = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        return ids.TryGetValue(id, out var known) ? known : id.ToString();
    }
}
