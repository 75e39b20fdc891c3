using System.Text;
using GeneGraph.Diagnostics;
using GeneGraph.Extraction;

namespace GeneGraph.Pipeline;

/// <summary>
/// A note's facts and diagnostics in the note cache's binary form: fields in declaration order, strings as
/// <see cref="BinaryWriter"/> writes them (length-prefixed UTF-8), a leading flag for each value that may be null,
/// a count before each list. A reader meeting anything it cannot read throws <see cref="EndOfStreamException"/>,
/// <see cref="IOException"/> or <see cref="InvalidDataException"/>.
/// </summary>
/// <remarks>A field added to the facts must be added here (NoteFactsCodecTests compares every public property).</remarks>
internal static class NoteFactsCodec
{
    public static void Write(BinaryWriter writer, NoteFacts facts, IReadOnlyList<Diagnostic> diagnostics)
    {
        writer.Write(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            writer.Write(d.Path);
            writer.Write(d.Line);
            writer.Write((int)d.Severity);
            writer.Write(d.Code.Id);
            writer.Write((int)d.Code.DefaultSeverity);
            writer.Write(d.Code.Title);
            writer.Write(d.Message);
        }
        writer.Write(facts.Path);
        WriteLocated(writer, facts.Symbol, writer.Write);
        WriteLocated(writer, facts.NcbiGeneId, writer.Write);
        WriteLocated(writer, facts.NcbiSummary, writer.Write);
        writer.Write(facts.GeneCards is not null);
        if (facts.GeneCards is { } cards)
        {
            writer.Write(cards.Line);
            writer.Write(cards.Text);
            WriteNullable(writer, cards.FullName);
            WriteNullable(writer, cards.Biotype);
            WriteNullable(writer, cards.RnaClass);
            foreach (var items in new[] { cards.Diseases, cards.Pathways, cards.GoTerms, cards.Paralogs })
            {
                writer.Write(items.Count);
                foreach (var item in items)
                {
                    writer.Write(item.Key);
                    writer.Write(item.Name);
                    WriteNullable(writer, item.Url);
                    writer.Write(item.Line);
                }
            }
        }
        WriteLocated(writer, facts.UniProtSummary, writer.Write);
        writer.Write(facts.Plots.Count);
        foreach (var plot in facts.Plots)
        {
            writer.Write(plot.Trait.Value);
            writer.Write(plot.Trait.Line);
            writer.Write(plot.Name.R);
            writer.Write(plot.Name.EnsemblId);
            writer.Write(plot.Name.EnsemblVersion is not null);
            if (plot.Name.EnsemblVersion is { } version) writer.Write(version);
            writer.Write(plot.Name.Locus.Chrom);
            writer.Write(plot.Name.Locus.Start);
            writer.Write(plot.Name.Locus.End);
            writer.Write(plot.FileName);
            writer.Write(plot.Line);
        }
        writer.Write(facts.Claims.Count);
        foreach (var claim in facts.Claims)
        {
            writer.Write(claim.Claim);
            WriteNullable(writer, claim.PaperId);
            WriteNullable(writer, claim.Url);
            WriteNullable(writer, claim.Slug);
            WriteNullable(writer, claim.Question);
            writer.Write(claim.Line);
            writer.Write(claim.PaperIds.Count);
            foreach (var id in claim.PaperIds) writer.Write(id);
            WriteNullable(writer, claim.Title);
        }
        writer.Write(facts.UnlinkedClaimLines.Count);
        foreach (var line in facts.UnlinkedClaimLines) writer.Write(line);
        writer.Write(facts.HasGeneEvidence);
    }

    /// <param name="strings">Where the strings notes repeat are taken from (the fields <see cref="SharedStrings.ShareIn(NoteFacts)"/>
    /// shares), so that a repeated name is not even made; null: every string is made.</param>
    public static (NoteFacts Facts, List<Diagnostic> Diagnostics) Read(BinaryReader reader, SharedStrings? strings = null)
    {
        var diagnostics = new List<Diagnostic>(Count(reader));
        for (var i = diagnostics.Capacity; i > 0; i--)
        {
            var path = ReadText(reader);
            var line = reader.ReadInt32();
            var severity = ReadSeverity(reader);
            var code = new DiagnosticCode(ReadText(reader), ReadSeverity(reader), ReadText(reader));
            diagnostics.Add(new Diagnostic(path, line, severity, code, ReadText(reader)));
        }
        var facts = new NoteFacts
        {
            Path = ReadText(reader),
            Symbol = ReadLocated(reader, ReadText),
            NcbiGeneId = ReadLocated(reader, static r => r.ReadInt32()),
            NcbiSummary = ReadLocated(reader, ReadText),
        };
        if (reader.ReadBoolean())
        {
            var cards = new GeneCardsFacts
            {
                Line = reader.ReadInt32(),
                Text = ReadText(reader),
                FullName = ReadNullable(reader),
                Biotype = ReadNullable(reader, strings),
                RnaClass = ReadNullable(reader, strings),
            };
            foreach (var items in new[] { cards.Diseases, cards.Pathways, cards.GoTerms, cards.Paralogs })
            {
                for (var i = Count(reader); i > 0; i--)
                    items.Add(new CardItem(ReadShared(reader, strings), ReadShared(reader, strings), ReadNullable(reader, strings), reader.ReadInt32()));
            }
            facts.GeneCards = cards;
        }
        facts.UniProtSummary = ReadLocated(reader, ReadText);
        for (var i = Count(reader); i > 0; i--)
        {
            var trait = new Located<string>(ReadShared(reader, strings), reader.ReadInt32());
            var r = reader.ReadDouble();
            var ensemblId = ReadShared(reader, strings);
            int? version = reader.ReadBoolean() ? reader.ReadInt32() : null;
            var locus = new Locus(ReadShared(reader, strings), reader.ReadInt64(), reader.ReadInt64());
            facts.Plots.Add(new PlotFact(trait, new PlotName(r, ensemblId, version, locus), ReadText(reader), reader.ReadInt32()));
        }
        for (var i = Count(reader); i > 0; i--)
        {
            var claim = ReadShared(reader, strings);
            var paperId = ReadNullable(reader, strings);
            var url = ReadNullable(reader, strings);
            var slug = ReadNullable(reader, strings);
            var question = ReadNullable(reader, strings);
            var line = reader.ReadInt32();
            var paperIds = new string[Count(reader)];
            for (var j = 0; j < paperIds.Length; j++) paperIds[j] = ReadShared(reader, strings);
            facts.Claims.Add(new ClaimFact(claim, paperId, url, slug, question, line) { PaperIds = paperIds, Title = ReadNullable(reader, strings) });
        }
        for (var i = Count(reader); i > 0; i--) facts.UnlinkedClaimLines.Add(reader.ReadInt32());
        facts.HasGeneEvidence = reader.ReadBoolean();
        return (facts, diagnostics);
    }

    private static void WriteNullable(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    private static string? ReadNullable(BinaryReader reader, SharedStrings? strings = null) =>
        reader.ReadBoolean() ? ReadShared(reader, strings) : null;

    /// <summary>
    /// A string as <see cref="BinaryReader.ReadString"/> reads it, decoded where it lies in the entry (BinaryReader
    /// decodes a long string through a <see cref="StringBuilder"/> of chunks), and the shared instance when one is held.
    /// </summary>
    private static string ReadShared(BinaryReader reader, SharedStrings? strings)
    {
        const int OnStack = 512;
        var bytes = ReadBytes(reader);
        if (strings is null) return Encoding.UTF8.GetString(bytes);
        if (bytes.Length > OnStack) return strings.Share(Encoding.UTF8.GetString(bytes))!;
        Span<char> chars = stackalloc char[OnStack];
        return strings.Share(chars[..Encoding.UTF8.GetChars(bytes, chars)]);
    }

    private static string ReadText(BinaryReader reader) => Encoding.UTF8.GetString(ReadBytes(reader));

    /// <summary>The UTF-8 bytes of the next string, in the entry's own buffer when the reader reads one (no copy).</summary>
    private static ReadOnlySpan<byte> ReadBytes(BinaryReader reader)
    {
        var length = reader.Read7BitEncodedInt();
        if (length < 0 || length > reader.BaseStream.Length - reader.BaseStream.Position)
            throw new EndOfStreamException("a string longer than the entry");
        if (reader.BaseStream is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            var at = (int)memory.Position;
            memory.Position = at + length;
            return buffer.AsSpan(at, length);
        }
        return reader.ReadBytes(length);
    }

    private static void WriteLocated<T>(BinaryWriter writer, Located<T>? located, Action<T> write)
    {
        writer.Write(located is not null);
        if (located is null) return;
        write(located.Value);
        writer.Write(located.Line);
    }

    private static Located<T>? ReadLocated<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        if (!reader.ReadBoolean()) return null;
        var value = read(reader);
        return new Located<T>(value, reader.ReadInt32());
    }

    /// <summary>A count, checked against what the rest of the entry could hold, so damage cannot ask for a huge list.</summary>
    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
            throw new InvalidDataException("a count larger than the entry");
        return count;
    }

    private static Severity ReadSeverity(BinaryReader reader)
    {
        var value = reader.ReadInt32();
        return Enum.IsDefined((Severity)value) ? (Severity)value : throw new InvalidDataException("not a severity");
    }
}
