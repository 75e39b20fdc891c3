using System.Diagnostics.CodeAnalysis;

namespace GeneGraph.Notes;

/// <summary>
/// A parsed note, or why Markdig refused its text: nested deeper than
/// <see cref="Markdig.MarkdownPipeline.MaximumNestingDepth"/> levels (its guard against stack overflow).
/// </summary>
public sealed class NoteParseResult
{
    private NoteParseResult(Note? note, string? tooDeep)
    {
        Note = note;
        TooDeep = tooDeep;
    }

    public Note? Note { get; }

    /// <summary>Markdig's reason and the depth it allows, when the text nests too deeply; null when parsed.</summary>
    public string? TooDeep { get; }

    [MemberNotNullWhen(true, nameof(Note))]
    [MemberNotNullWhen(false, nameof(TooDeep))]
    public bool Parsed => Note is not null;

    public static NoteParseResult Of(Note note) => new(note, null);

    public static NoteParseResult NestedTooDeeply(string reason) => new(null, reason);
}
