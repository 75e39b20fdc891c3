using System.Collections.Concurrent;

namespace GeneGraph.Extraction;

/// <summary>
/// One instance of each equal string among the facts of one vault read: the names, keys and links that many notes
/// repeat (a pathway's card, a trait, a chromosome, a Consensus claim and its paper) are held once, not once per note.
/// </summary>
/// <remarks>
/// At 20k genes the notes repeat 41 MB of such strings, which the facts held alive beside the graph until the build
/// ended. Texts of one note (summaries, plot file names) are left alone: sharing them would cost an entry each and
/// save nothing. Safe to use from the threads that extract notes in parallel.
/// </remarks>
public sealed class SharedStrings
{
    private readonly ConcurrentDictionary<string, string> _strings;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public SharedStrings()
    {
        _strings = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The instance held for strings equal to <paramref name="value"/> (the first one given), or null.</summary>
    public string? Share(string? value) => value is null ? null : _strings.GetOrAdd(value, value);

    /// <summary>The instance held for strings equal to <paramref name="value"/>, made only when none is held yet.</summary>
    public string Share(ReadOnlySpan<char> value)
    {
        if (_bySpan.TryGetValue(value, out var shared)) return shared;
        var made = value.ToString();
        return _strings.GetOrAdd(made, made);
    }

    /// <summary>Replaces the repeated strings of <paramref name="facts"/> by their shared instances.</summary>
    public void ShareIn(NoteFacts facts)
    {
        for (var i = 0; i < facts.Plots.Count; i++)
        {
            var plot = facts.Plots[i];
            var name = plot.Name;
            facts.Plots[i] = plot with
            {
                Trait = plot.Trait with { Value = Share(plot.Trait.Value)! },
                Name = name with { EnsemblId = Share(name.EnsemblId)!, Locus = name.Locus with { Chrom = Share(name.Locus.Chrom)! } },
            };
        }
        for (var i = 0; i < facts.Claims.Count; i++)
        {
            var claim = facts.Claims[i];
            facts.Claims[i] = claim with
            {
                Claim = Share(claim.Claim)!,
                PaperId = Share(claim.PaperId),
                Url = Share(claim.Url),
                Slug = Share(claim.Slug),
                Question = Share(claim.Question),
                Title = Share(claim.Title),
                PaperIds = claim.PaperIds.Count == 0 ? claim.PaperIds : [.. claim.PaperIds.Select(id => Share(id)!)],
            };
        }
        if (facts.GeneCards is not { } cards) return;
        cards.Biotype = Share(cards.Biotype);
        cards.RnaClass = Share(cards.RnaClass);
        ShareIn(cards.Diseases);
        ShareIn(cards.Pathways);
        ShareIn(cards.GoTerms);
        ShareIn(cards.Paralogs);
    }

    private void ShareIn(List<CardItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            items[i] = item with { Key = Share(item.Key)!, Name = Share(item.Name)!, Url = Share(item.Url) };
        }
    }
}
