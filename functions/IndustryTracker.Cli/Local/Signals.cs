using System.Runtime.InteropServices;

namespace IndustryTracker.Cli.Local;

/// <summary>POSIX signals, which .NET's Process API does not send (it only kills).</summary>
internal static partial class Signals
{
    private const int SigInt = 2;

    public static bool Interrupt(int pid) => !OperatingSystem.IsWindows() && Kill(pid, SigInt) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
