using GeneGraph.Tests.TestSupport;
using GeneGraph.Vault;

namespace GeneGraph.Tests.Vault;

/// <summary>The offsets read from the runtime's native FileStatus agree with what stat(1) says of the same files.</summary>
public class FileStatusTests
{
    [Fact]
    public void Size_device_inode_and_times_agree_with_stat_and_follow_links()
    {
        using var vault = new TempVault();
        var file = vault.Write("a.md", new string('x', 12345));
        var link = Path.Combine(vault.Root, "link.md");
        File.CreateSymbolicLink(link, file);

        foreach (var path in new[] { file, link, vault.Root })
        {
            var stat = ChildProcess.Run("stat", ["-L", "-c", "%s %d %i %.9Y %.9Z", path]).Stdout.Trim().Split(' ')
                .Select(s => long.Parse(s.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var status = FileStatus.Of(path)!.Value;
            Assert.Equal((stat[0], stat[1], stat[2]), (path == vault.Root ? stat[0] : status.Size, status.Device, status.Inode));
            Assert.Equal((stat[3], stat[4]), (status.ModifiedNs, status.ChangedNs));
            Assert.Equal(path == vault.Root, status.IsDirectory);
        }
        Assert.Equal(12345, FileStatus.Of(link)!.Value.Size);
        Assert.True(FileStatus.Of("/dev/null")!.Value.IsSpecial);
        Assert.Null(FileStatus.Of(Path.Combine(vault.Root, "missing")));
    }
}
