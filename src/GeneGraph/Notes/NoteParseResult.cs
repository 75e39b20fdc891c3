using System.Diagnostics.CodeAnalysis;

namespace GeneGraph.Notes;

/// <summary>
/// A parsed note, or why Markdig refused its text: nested deeper than
/// <see cref="Markdig.MarkdownPipeline.MaximumNestingDepth"/> levels (its guard against stack overflow).
/// </summary>
public sealed class NoteParseResult
{
    private NoteParseResult(Note? note, string? tooDeep, bool tablesAsText = false)
    {
        Note = note;
        TooDeep = tooDeep;
        TablesAsText = tablesAsText;
    }

    public Note? Note { get; }

    /// <summary>Markdig's reason and the depth it allows, when the text nests too deeply; null when parsed.</summary>
    public string? TooDeep { get; }

    [MemberNotNullWhen(true, nameof(Note))]
    [MemberNotNullWhen(false, nameof(TooDeep))]
    public bool Parsed => Note is not null;

    /// <summary>The note was parsed without pipe tables: it holds more table cells than they take in bounded time.</summary>
    public bool TablesAsText { get; }

    public static NoteParseResult Of(Note note, bool tablesAsText = false) => new(note, null, tablesAsText);

    public static NoteParseResult NestedTooDeeply(string reason) => new(null, reason);
}
