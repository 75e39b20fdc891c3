namespace GeneGraph.Writers.Output;

/// <summary>A target that takes one stream of bytes.</summary>
public abstract class StreamTarget(string name) : OutputTarget(name)
{
    /// <summary>Writes the bytes <paramref name="write"/> puts in the stream it is given; the stream is flushed, never closed by the writer.</summary>
    public abstract void Write(Action<Stream> write);
}
