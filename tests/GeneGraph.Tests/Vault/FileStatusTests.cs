using GeneGraph.Tests.TestSupport;
using GeneGraph.Vault;

namespace GeneGraph.Tests.Vault;

/// <summary>The offsets read from the runtime's native FileStatus agree with what stat(1) says of the same files.</summary>
public class FileStatusTests
{
    [Fact]
    public void Size_device_and_inode_agree_with_stat_and_follow_links()
    {
        using var vault = new TempVault();
        var file = vault.Write("a.md", new string('x', 12345));
        var link = Path.Combine(vault.Root, "link.md");
        File.CreateSymbolicLink(link, file);

        foreach (var path in new[] { file, link, vault.Root })
        {
            var stat = ChildProcess.Run("stat", ["-L", "-c", "%s %d %i", path]).Stdout.Trim().Split(' ').Select(s => long.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var status = FileStatus.Of(path)!.Value;
            Assert.Equal((stat[0], stat[1], stat[2]), (path == vault.Root ? stat[0] : status.Size, status.Device, status.Inode));
            Assert.Equal(path == vault.Root, status.IsDirectory);
        }
        Assert.Equal(12345, FileStatus.Of(link)!.Value.Size);
        Assert.True(FileStatus.Of("/dev/null")!.Value.IsSpecial);
        Assert.Null(FileStatus.Of(Path.Combine(vault.Root, "missing")));
    }
}
