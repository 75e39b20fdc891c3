using System.Runtime.InteropServices;

namespace GeneGraph.Vault;

/// <summary>The fully resolved path of a file or folder, every component's link followed: POSIX <c>realpath(3)</c>.</summary>
internal static class RealPath
{
    /// <summary>The real path, or null when it cannot be resolved (dangling, a loop, longer than PATH_MAX).</summary>
    public static string? Of(string path)
    {
        if (OperatingSystem.IsWindows()) return Path.GetFullPath(path);
        try
        {
            var resolved = Resolve(path, IntPtr.Zero);
            if (resolved == IntPtr.Zero) return null;
            try
            {
                return Marshal.PtrToStringUTF8(resolved);
            }
            finally
            {
                Marshal.FreeHGlobal(resolved); // realpath(path, NULL) mallocs its answer; on Unix this is free(3)
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it.</summary>
    public static bool IsAtOrBelow(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith('/') ? folder : folder + "/", StringComparison.Ordinal);

    [DllImport("libc", EntryPoint = "realpath")]
    private static extern IntPtr Resolve([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);
}
