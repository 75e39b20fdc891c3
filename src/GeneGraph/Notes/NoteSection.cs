using Markdig.Syntax;

namespace GeneGraph.Notes;

/// <summary>A heading and the top-level blocks under it up to the next heading (the preamble has no heading).</summary>
public sealed class NoteSection
{
    public required string Title { get; init; }

    /// <summary>The heading level (1–6); 0 for the text before the first heading.</summary>
    public required int Level { get; init; }

    /// <summary>The 1-based line of the heading.</summary>
    public required int Line { get; init; }

    public List<Block> Blocks { get; } = [];

    /// <summary>Cuts a document into sections, in order. Headings inside quotes or lists stay content.</summary>
    public static List<NoteSection> Split(MarkdownDocument document)
    {
        var sections = new List<NoteSection> { new() { Title = "", Level = 0, Line = 1 } };
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
                sections.Add(new NoteSection { Title = InlineText.Of(heading.Inline).Trim(), Level = heading.Level, Line = heading.Line + 1 });
            else
                sections[^1].Blocks.Add(block);
        }
        return sections;
    }
}
