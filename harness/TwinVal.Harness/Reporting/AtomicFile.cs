namespace TwinVal.Harness.Reporting;

/// <summary>
/// Writes files so that readers see either the old content or the complete new content, never a half-written file:
/// the content goes to a temporary file in the same folder (same file system, so the rename is atomic), is flushed
/// to disk, then renamed over the target.
/// </summary>
public static class AtomicFile
{
    private static long counter;

    /// <summary>Writes <paramref name="path"/> atomically with <paramref name="write"/>; on failure the target is untouched.</summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no folder", nameof(path));
        Directory.CreateDirectory(folder);

        // Process id and a counter make the temporary name unique without randomness; the leading dot hides it.
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Interlocked.Increment(ref counter)}.tmp");
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);

                // Flush to the device, not only to the OS cache, so a power cut cannot leave a renamed empty file.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> atomically as UTF-8 without a byte-order mark.</summary>
    public static Task WriteTextAsync(string path, string text, CancellationToken cancellationToken) =>
        WriteAsync(path, (stream, token) => stream.WriteAsync(new System.Text.UTF8Encoding(false).GetBytes(text), token).AsTask(), cancellationToken);
}
