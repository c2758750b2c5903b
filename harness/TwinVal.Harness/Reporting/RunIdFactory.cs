using System.Globalization;

namespace TwinVal.Harness.Reporting;

/// <summary>
/// Makes run ids: the UTC start time from the injected clock as <c>yyyyMMdd-HHmmss</c>, then <c>-N</c> with the
/// smallest N ≥ 1 whose folder does not exist yet, so ids sort by time and two runs in one second never collide.
/// </summary>
/// <param name="time">The clock.</param>
public sealed class RunIdFactory(TimeProvider time)
{
    /// <summary>A run id unique within <paramref name="outputRoot"/> (which need not exist yet).</summary>
    public string Create(string outputRoot)
    {
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        for (var n = 1; ; n++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{stamp}-{n}");
            if (!Directory.Exists(Path.Combine(outputRoot, id)) && !File.Exists(Path.Combine(outputRoot, id)))
            {
                return id;
            }
        }
    }
}
