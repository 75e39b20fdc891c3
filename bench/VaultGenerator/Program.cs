using System.Globalization;
using GeneGraph.VaultGenerator;

// genegraph-vault-generator --genes N --traits T --seed S -o DIR [--data ../shared/data]
int genes = 1000, traits = 6;
ulong seed = 1;
string? output = null, data = null;
for (var i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--genes": genes = int.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--traits": traits = int.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--seed": seed = ulong.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "-o" or "--output": output = Value(); break;
        case "--data": data = Value(); break;
        case "-h" or "--help":
            Console.WriteLine("usage: VaultGenerator --genes N --traits T --seed S -o DIR [--data PATH-TO-shared/data]");
            return 0;
        default:
            Console.Error.WriteLine($"VaultGenerator: unknown argument '{args[i]}'");
            return 2;
    }
}
if (output is null)
{
    Console.Error.WriteLine("VaultGenerator: -o DIR is required");
    return 2;
}
data ??= GeneTable.FindDataFolder(Directory.GetCurrentDirectory()) ?? GeneTable.FindDataFolder(AppContext.BaseDirectory);
if (data is null)
{
    Console.Error.WriteLine("VaultGenerator: ../shared/data not found; give --data");
    return 3;
}
if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
{
    Console.Error.WriteLine($"VaultGenerator: '{output}' exists and is not empty");
    return 3;
}
var manifest = new Generator(GeneTable.Load(data)).Generate(new GeneratorOptions(genes, traits, seed, output));
Console.WriteLine($"wrote {manifest.GeneNotes} gene notes ({manifest.Plots} plots, {manifest.Pathways} pathways of which " +
                  $"{manifest.SharedPathways} shared, {manifest.Diseases} diseases, {manifest.Papers} papers, {manifest.NoteBytes} bytes) to {output}");
return 0;
