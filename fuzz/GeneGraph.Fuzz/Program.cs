using GeneGraph.Fuzz;
using SharpFuzz;

// Under afl-fuzz (fuzz/run.sh): AFL's persistent mode, one process for many inputs.
// With file arguments: run each file once (reproduce a crasher without AFL).
if (args.Length > 0)
{
    foreach (var file in args)
        NoteTarget.Run(File.ReadAllBytes(file));
    return;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    NoteTarget.Run(memory.ToArray());
});
