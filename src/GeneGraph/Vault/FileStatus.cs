using System.Runtime.InteropServices;

namespace GeneGraph.Vault;

/// <summary>
/// What <c>stat(2)</c> says of a path after following links: its type, size, identity (device + inode) and the
/// times of its last modification and status change in nanoseconds since the epoch, which
/// .NET does not expose on Unix (<see cref="FileSystemInfo.Attributes"/> says <c>Normal</c> for a FIFO and there
/// is no inode). It asks the runtime's own native shim, <c>SystemNative_Stat</c> of libSystem.Native, whose
/// <c>FileStatus</c> is <c>int32 Flags, Mode; uint32 Uid, Gid; int64 Size, ATime, ATimeNsec, MTime, MTimeNsec, CTime, CTimeNsec, BirthTime, BirthTimeNsec, Dev, RDev, Ino; …</c>
/// (the S_IFMT bits of Mode are POSIX's; the offsets are checked by a test against <c>stat -c</c>).
/// </summary>
internal readonly record struct FileStatus(int Mode, long Size, long Device, long Inode, long ModifiedNs, long ChangedNs)
{
    private const int TypeMask = 0xF000, Regular = 0x8000, DirectoryType = 0x4000;
    private const int ModeOffset = 4, SizeOffset = 16, ModifiedOffset = 40, ChangedOffset = 56, DeviceOffset = 88, InodeOffset = 104;

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
            BitConverter.ToInt64(status, DeviceOffset), BitConverter.ToInt64(status, InodeOffset),
            Nanoseconds(status, ModifiedOffset), Nanoseconds(status, ChangedOffset));
    }

    /// <summary>A time of the status: seconds, then their nanosecond part.</summary>
    private static long Nanoseconds(byte[] status, int offset) =>
        BitConverter.ToInt64(status, offset) * 1_000_000_000 + BitConverter.ToInt64(status, offset + 8);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
}
