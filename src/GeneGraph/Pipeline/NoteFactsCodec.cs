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

    public static (NoteFacts Facts, List<Diagnostic> Diagnostics) Read(BinaryReader reader)
    {
        var diagnostics = new List<Diagnostic>(Count(reader));
        for (var i = diagnostics.Capacity; i > 0; i--)
        {
            var path = reader.ReadString();
            var line = reader.ReadInt32();
            var severity = ReadSeverity(reader);
            var code = new DiagnosticCode(reader.ReadString(), ReadSeverity(reader), reader.ReadString());
            diagnostics.Add(new Diagnostic(path, line, severity, code, reader.ReadString()));
        }
        var facts = new NoteFacts
        {
            Path = reader.ReadString(),
            Symbol = ReadLocated(reader, reader.ReadString),
            NcbiGeneId = ReadLocated(reader, reader.ReadInt32),
            NcbiSummary = ReadLocated(reader, reader.ReadString),
        };
        if (reader.ReadBoolean())
        {
            var cards = new GeneCardsFacts
            {
                Line = reader.ReadInt32(),
                Text = reader.ReadString(),
                FullName = ReadNullable(reader),
                Biotype = ReadNullable(reader),
                RnaClass = ReadNullable(reader),
            };
            foreach (var items in new[] { cards.Diseases, cards.Pathways, cards.GoTerms, cards.Paralogs })
            {
                for (var i = Count(reader); i > 0; i--)
                    items.Add(new CardItem(reader.ReadString(), reader.ReadString(), ReadNullable(reader), reader.ReadInt32()));
            }
            facts.GeneCards = cards;
        }
        facts.UniProtSummary = ReadLocated(reader, reader.ReadString);
        for (var i = Count(reader); i > 0; i--)
        {
            var trait = new Located<string>(reader.ReadString(), reader.ReadInt32());
            var r = reader.ReadDouble();
            var ensemblId = reader.ReadString();
            int? version = reader.ReadBoolean() ? reader.ReadInt32() : null;
            var locus = new Locus(reader.ReadString(), reader.ReadInt64(), reader.ReadInt64());
            facts.Plots.Add(new PlotFact(trait, new PlotName(r, ensemblId, version, locus), reader.ReadString(), reader.ReadInt32()));
        }
        for (var i = Count(reader); i > 0; i--)
        {
            var claim = reader.ReadString();
            var paperId = ReadNullable(reader);
            var url = ReadNullable(reader);
            var slug = ReadNullable(reader);
            var question = ReadNullable(reader);
            var line = reader.ReadInt32();
            var paperIds = new string[Count(reader)];
            for (var j = 0; j < paperIds.Length; j++) paperIds[j] = reader.ReadString();
            facts.Claims.Add(new ClaimFact(claim, paperId, url, slug, question, line) { PaperIds = paperIds, Title = ReadNullable(reader) });
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

    private static string? ReadNullable(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteLocated<T>(BinaryWriter writer, Located<T>? located, Action<T> write)
    {
        writer.Write(located is not null);
        if (located is null) return;
        write(located.Value);
        writer.Write(located.Line);
    }

    private static Located<T>? ReadLocated<T>(BinaryReader reader, Func<T> read)
    {
        if (!reader.ReadBoolean()) return null;
        var value = read();
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
