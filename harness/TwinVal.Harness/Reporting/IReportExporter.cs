namespace TwinVal.Harness.Reporting;

/// <summary>Writes one file of the run record from an immutable <see cref="RunSummary"/>.</summary>
public interface IReportExporter
{
    /// <summary>File name inside the run record folder (for example <c>junit.xml</c>).</summary>
    string FileName { get; }

    /// <summary>Writes the summary to <paramref name="destination"/>; the caller makes the write atomic.</summary>
    Task ExportAsync(RunSummary summary, Stream destination, CancellationToken cancellationToken);
}
