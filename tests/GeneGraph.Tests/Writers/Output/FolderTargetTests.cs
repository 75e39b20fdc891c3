using GeneGraph.Writers.Output;

namespace GeneGraph.Tests.Writers.Output;

public sealed class FolderTargetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-folder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private FolderTarget Target(string name) => new(Path.Combine(_folder, name), "test bundle", ".ours", "marker\n");

    [Fact]
    public void The_folder_appears_whole_with_the_marker_and_no_temp_folder_is_left()
    {
        var target = Target("out");
        target.Write(temp => File.WriteAllText(Path.Combine(temp, "a.txt"), "a"));
        Assert.Equal([".ours", "a.txt"], Directory.GetFiles(target.FullPath).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("marker\n", File.ReadAllText(Path.Combine(target.FullPath, ".ours")));
        Assert.Equal([target.FullPath], Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void A_folder_of_ours_is_replaced_any_other_is_refused_before_anything_is_written()
    {
        var ours = Target("ours");
        ours.Write(temp => File.WriteAllText(Path.Combine(temp, "old.txt"), "old"));
        ours.Write(temp => File.WriteAllText(Path.Combine(temp, "new.txt"), "new"));
        Assert.False(File.Exists(Path.Combine(ours.FullPath, "old.txt")));
        Assert.True(File.Exists(Path.Combine(ours.FullPath, "new.txt")));

        var theirs = Target("theirs");
        Directory.CreateDirectory(theirs.FullPath);
        File.WriteAllText(Path.Combine(theirs.FullPath, "notes.md"), "precious");
        var refused = Assert.Throws<OutputTargetException>(theirs.EnsureUsable);
        Assert.Equal($"refusing to replace '{theirs.FullPath}': it is not empty and not a GeneGraph test bundle (no .ours in it)", refused.Message);
        var filled = false;
        Assert.Throws<OutputTargetException>(() => theirs.Write(_ => filled = true));
        Assert.False(filled);
        Assert.Equal(["notes.md"], Directory.GetFileSystemEntries(theirs.FullPath).Select(Path.GetFileName));

        var file = Target(Path.Combine("theirs", "notes.md"));
        Assert.Equal($"'{file.FullPath}' is a file; a test bundle is a folder", Assert.Throws<OutputTargetException>(file.EnsureUsable).Message);
    }

    [Fact]
    public void A_failure_while_filling_leaves_the_old_folder_and_no_temp_folder()
    {
        var target = Target("out");
        target.Write(temp => File.WriteAllText(Path.Combine(temp, "a.txt"), "before"));
        Assert.Throws<InvalidOperationException>(() => target.Write(temp =>
        {
            File.WriteAllText(Path.Combine(temp, "a.txt"), "half");
            throw new InvalidOperationException("disk on fire");
        }));
        Assert.Equal("before", File.ReadAllText(Path.Combine(target.FullPath, "a.txt")));
        Assert.Equal([target.FullPath], Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void The_name_is_the_users_spelling_the_full_path_has_no_trailing_separator()
    {
        var name = Path.Combine(_folder, "out") + Path.DirectorySeparatorChar;
        var target = new FolderTarget(name, "test bundle", ".ours", "");
        Assert.Equal(name, target.Name);
        Assert.Equal(Path.Combine(_folder, "out"), target.FullPath);
    }
}
