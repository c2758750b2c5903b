namespace TwinVal.External.Tests.Support;

/// <summary>Linux process-table queries for leak checks.</summary>
internal static class ProcessTable
{
    /// <summary>
    /// True when <paramref name="pid"/> exists and is not a zombie. A killed orphan stays a zombie until its new parent
    /// (init, or a container's pid 1 that may never reap) collects it: it runs no code and holds no resources but its pid.
    /// </summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var status = File.ReadAllLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("State:", StringComparison.Ordinal));
            return status is not null && !status.Contains('Z', StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Open file descriptors of this process.</summary>
    public static int OpenDescriptors() => Directory.GetFileSystemEntries("/proc/self/fd").Length;

    /// <summary>Live (non-zombie) child processes of this process.</summary>
    public static int LiveChildren()
    {
        var self = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var count = 0;
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var lines = File.ReadAllLines(Path.Combine(dir, "status"));
                var parent = lines.FirstOrDefault(l => l.StartsWith("PPid:", StringComparison.Ordinal))?[5..].Trim();
                if (parent == self && IsAlive(pid))
                {
                    count++;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }

        return count;
    }
}
