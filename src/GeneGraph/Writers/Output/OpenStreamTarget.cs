namespace GeneGraph.Writers.Output;

/// <summary>A stream the caller holds open (standard output): written and flushed, never closed.</summary>
public sealed class OpenStreamTarget(Stream stream, string name) : StreamTarget(name)
{
    public override void Write(Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        write(stream);
        stream.Flush();
    }
}
