using System.Runtime.InteropServices;

namespace GeneGraph.Vault;

/// <summary>
/// What <c>stat(2)</c> says of a path after following links: its type, size and identity (device + inode), which
/// .NET does not expose on Unix (<see cref="FileSystemInfo.Attributes"/> says <c>Normal</c> for a FIFO and there
/// is no inode). It asks the runtime's own native shim, <c>SystemNative_Stat</c> of libSystem.Native, whose
/// <c>FileStatus</c> is <c>int32 Flags, Mode; uint32 Uid, Gid; int64 Size, 8 × time, Dev, RDev, Ino; …</c>
/// (the S_IFMT bits of Mode are POSIX's; the offsets are checked by a test against <c>stat -c</c>).
/// </summary>
internal readonly record struct FileStatus(int Mode, long Size, long Device, long Inode)
{
    private const int TypeMask = 0xF000, Regular = 0x8000, DirectoryType = 0x4000;
    private const int ModeOffset = 4, SizeOffset = 16, DeviceOffset = 88, InodeOffset = 104;

    public bool IsDirectory => (Mode & TypeMask) == DirectoryType;

    /// <summary>A FIFO, socket or device: neither a regular file nor a folder.</summary>
    public bool IsSpecial => (Mode & TypeMask) is not (Regular or DirectoryType);

    public (long Device, long Inode) Identity => (Device, Inode);

    /// <summary>The status of <paramref name="path"/>, or null when it cannot be had (missing, dangling, a loop, too long, or not Unix).</summary>
    public static FileStatus? Of(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        var status = new byte[512]; // larger than FileStatus on every runtime version
        try
        {
            if (Stat(path, status) != 0) return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        return new FileStatus(BitConverter.ToInt32(status, ModeOffset), BitConverter.ToInt64(status, SizeOffset),
            BitConverter.ToInt64(status, DeviceOffset), BitConverter.ToInt64(status, InodeOffset));
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
}
