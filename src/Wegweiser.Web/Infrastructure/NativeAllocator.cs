using System.Runtime.InteropServices;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// Keeps the C allocator (glibc's malloc, used by SQLite and the gzip and Brotli encoders) from
/// holding freed memory. By default glibc raises its mmap threshold after the first large block
/// is freed, so every later compression buffer (several MB for Brotli) comes from the per-thread
/// arenas, which fragment and never shrink: with 10,000 entries a crawl of 10,000 pages left
/// about 55 MB of native memory behind. A fixed threshold of 128 KiB gives large blocks back at
/// once; two arenas are enough for two cores. Measured with tests/bench (README, "Memory").
/// Does nothing where the C library is not glibc.
/// </summary>
public static partial class NativeAllocator
{
    private const int MmapThreshold = -3; // M_MMAP_THRESHOLD in malloc.h
    private const int ArenaMax = -8;      // M_ARENA_MAX

    /// <summary>Applies the settings; true when glibc accepted both.</summary>
    public static bool KeepSmall()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return mallopt(MmapThreshold, 128 * 1024) == 1 & mallopt(ArenaMax, 2) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // musl or another C library: nothing to set.
        }
    }

    /// <summary>
    /// Gives the C allocator's free pages back to the system (glibc's <c>malloc_trim</c>, which also
    /// releases free pages inside its arenas, not only at their top); false where that is not glibc.
    /// </summary>
    public static bool Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return malloc_trim(0) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int malloc_trim(nuint pad);

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int mallopt(int param, int value);
}
