using System.Runtime.InteropServices;

namespace GeneGraph.Vault;

/// <summary>
/// Whether a path (after following links) is a FIFO, socket or device rather than a regular file or folder.
/// .NET exposes no file type on Unix (<see cref="FileSystemInfo.Attributes"/> says <c>Normal</c> for a FIFO),
/// so this asks the runtime's own native shim, <c>SystemNative_Stat</c> of libSystem.Native, whose
/// <c>FileStatus</c> starts with <c>int32 Flags; int32 Mode</c> (the S_IFMT bits are POSIX's).
/// </summary>
internal static class FileType
{
    private const int TypeMask = 0xF000, Regular = 0x8000, Directory = 0x4000;

    public static bool IsSpecial(string path)
    {
        if (OperatingSystem.IsWindows()) return false;
        var status = new byte[512]; // larger than FileStatus on every runtime version
        try
        {
            if (Stat(path, status) != 0) return false; // missing, dangling, a loop: reading it reports why
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
        var type = BitConverter.ToInt32(status, 4) & TypeMask;
        return type is not (Regular or Directory);
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
}
