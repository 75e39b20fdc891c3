using GeneGraph.Pipeline;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.EndToEnd;

/// <summary>Builds the real vault once per test class; null when ../shared/corpora/thesis-vault is absent.</summary>
public sealed class ThesisVaultFixture
{
    public ThesisVaultFixture()
    {
        Folder = RepoPaths.Shared("corpora", "thesis-vault");
        if (Folder is not null && Directory.Exists(Folder))
            Result = VaultGraph.Build(Folder);
    }

    public string? Folder { get; }

    public VaultGraphResult? Result { get; }

    public VaultGraphResult Require()
    {
        if (Result is null)
            Assert.Skip($"the thesis vault is not at {Folder ?? "<no GeneGraph.sln above " + AppContext.BaseDirectory + ">"}/ (expected ../shared/corpora/thesis-vault next to the repository root)");
        return Result;
    }
}
