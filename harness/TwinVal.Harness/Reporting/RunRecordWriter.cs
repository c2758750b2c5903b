using System.Globalization;
using TwinVal.Harness.Data;

namespace TwinVal.Harness.Reporting;

/// <summary>
/// Writes the run record folder <c>&lt;out&gt;/&lt;run-id&gt;/</c>. Meant to be called after every finished run and
/// once at the end: each call rewrites whole files atomically, so a crash at any moment leaves a consistent record of
/// everything finished so far (run.json then still says <c>running</c>).
/// </summary>
public sealed class RunRecordWriter : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    private RunRecordWriter(string folder) => Folder = folder;

    /// <summary>The run record folder.</summary>
    public string Folder { get; }

    /// <summary>Creates <c>&lt;outputRoot&gt;/&lt;runId&gt;/</c> (and its parents) and a writer for it.</summary>
    /// <exception cref="ArgumentException">The run id is not a plain folder name.</exception>
    public static RunRecordWriter Create(string outputRoot, string runId)
    {
        var folder = Path.Combine(Path.GetFullPath(outputRoot), CheckName(runId, nameof(runId)));
        Directory.CreateDirectory(folder);
        return new RunRecordWriter(folder);
    }

    /// <summary>Where the raw output of <paramref name="solverId"/> on <paramref name="caseId"/> is written.</summary>
    public string OutputPath(string caseId, string solverId) =>
        Path.Combine(Folder, "outputs", CheckName(caseId, nameof(caseId)), CheckName(solverId, nameof(solverId)) + ".csv");

    /// <summary>
    /// Run-record-relative path (forward slashes) of the output of level <paramref name="level"/> of a refinement ladder:
    /// <c>outputs/&lt;case&gt;/&lt;solver&gt;.level-&lt;k&gt;.csv</c>, next to the base run's output.
    /// </summary>
    public static string LevelOutputName(string caseId, string solverId, int level) =>
        string.Create(CultureInfo.InvariantCulture, $"outputs/{CheckName(caseId, nameof(caseId))}/{CheckName(solverId, nameof(solverId))}.level-{level}.csv");

    /// <summary>Writes the output of refinement level <paramref name="level"/> to <see cref="LevelOutputName"/> atomically.</summary>
    public Task WriteLevelOutputAsync(string caseId, string solverId, int level, SeriesTable table, CancellationToken cancellationToken) =>
        WriteAsync(Path.Combine(Folder, LevelOutputName(caseId, solverId, level)), table, cancellationToken);

    /// <summary>Writes <c>outputs/&lt;case&gt;/&lt;solver&gt;.csv</c> atomically.</summary>
    public Task WriteOutputAsync(string caseId, string solverId, SeriesTable table, CancellationToken cancellationToken) =>
        WriteAsync(OutputPath(caseId, solverId), table, cancellationToken);

    private async Task WriteAsync(string path, SeriesTable table, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await AtomicFile.WriteAsync(path, (s, t) => SeriesTableCsvWriter.WriteAsync(table, s, t), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Rewrites each exporter's file from <paramref name="summary"/>, each atomically, in the given order.</summary>
    public async Task WriteSummaryAsync(RunSummary summary, IEnumerable<IReportExporter> exporters, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var exporter in exporters)
            {
                var path = Path.Combine(Folder, CheckName(exporter.FileName, nameof(exporters)));
                await AtomicFile.WriteAsync(path, (s, t) => exporter.ExportAsync(summary, s, t), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Releases the writer's lock.</summary>
    public void Dispose() => gate.Dispose();

    // Ids become path components: anything that could climb out of the record folder is refused.
    private static string CheckName(string name, string parameter)
    {
        if (string.IsNullOrWhiteSpace(name) || name is "." or ".." || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
            || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' cannot be used as a file name in the run record", parameter);
        }

        return name;
    }
}
