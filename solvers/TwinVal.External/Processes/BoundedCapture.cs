namespace TwinVal.External.Processes;

/// <summary>
/// Drains one output stream of a child process to its end, keeping only the last <c>keep</c> bytes (where error
/// messages and tracebacks are) and counting the rest. Draining never stops, so a chatty process cannot block on a
/// full pipe; past <c>flood</c> bytes the <c>onFlood</c> callback fires once so the caller can kill the process.
/// </summary>
internal sealed class BoundedCapture
{
    private readonly byte[] ring;
    private readonly long flood;
    private readonly Action onFlood;
    private long total;
    private bool flooded;

    public BoundedCapture(int keep, long flood, Action onFlood)
    {
        ring = new byte[keep];
        this.flood = flood;
        this.onFlood = onFlood;
    }

    /// <summary>Bytes the stream carried in total.</summary>
    public long TotalBytes => Interlocked.Read(ref total);

    /// <summary>True when the stream carried more than the flood limit.</summary>
    public bool Flooded => Volatile.Read(ref flooded);

    /// <summary>Reads <paramref name="stream"/> to its end (or until it fails because the process was killed).</summary>
    public async Task DrainAsync(Stream stream)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                Append(buffer.AsSpan(0, read));
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The pipe was closed under us (process killed, handle disposed): what was read so far is the capture.
        }
    }

    /// <summary>The kept tail as text (UTF-8, invalid bytes replaced), with a note of how much was dropped before it.</summary>
    public string Text()
    {
        lock (ring)
        {
            var count = (int)Math.Min(total, ring.Length);
            var start = (int)((total - count) % ring.Length);
            var bytes = new byte[count];
            for (var i = 0; i < count; i++)
            {
                bytes[i] = ring[(start + i) % ring.Length];
            }

            var text = System.Text.Encoding.UTF8.GetString(bytes);
            return total > count ? $"[{total - count} earlier bytes not kept]\n{text}" : text;
        }
    }

    private void Append(ReadOnlySpan<byte> data)
    {
        lock (ring)
        {
            foreach (var b in data)
            {
                ring[(int)(total % ring.Length)] = b;
                total++;
            }
        }

        if (total > flood && !flooded)
        {
            Volatile.Write(ref flooded, true);
            onFlood();
        }
    }
}
