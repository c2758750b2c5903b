using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;
using TwinVal.Reports.Pdf;

namespace TwinVal.Benchmarks;

/// <summary>
/// Renders report.pdf for a synthetic 100-case run record built in code: every case points at the bundled
/// wk2-diastolic-decay folder (so each is loaded and its reference read, as in a real run) and has its own solver
/// output, so every case gets a metrics table and two vector plots (overlay and error): over 100 pages in all.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private const int Cases = 100;
    private const string SolverId = "wk-bench";
    private string folder = "";
    private RunSummary summary = null!;

    /// <summary>Writes the record folder and builds the summary.</summary>
    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("twinval-report-bench-").FullName;
        var casePath = Path.Combine(RepositoryRoot(), "reference-cases", "cardiology", "wk2-diastolic-decay");
        var loaded = new CaseLoader().Load(casePath).Case ?? throw new InvalidOperationException("wk2-diastolic-decay does not load");
        var real = RecordFactory.Case(loaded);
        var cases = Enumerable.Range(1, Cases).Select(i => real with { Id = $"synthetic-{i:D3}", Title = $"Synthetic case {i}" }).ToImmutableArray();
        foreach (var c in cases)
        {
            WriteOutput(loaded, c.Id);
        }

        var started = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
        var info = new RunInfo("20261124-120000-1", "0.1.0", new string('0', 40), new EnvironmentInfo("Linux", ".NET 10", "X64", 2, "bench"),
            "continuous", 1, ["run"], started, started.AddSeconds(30), RunStatus.Completed);
        var results = cases.Select(c => new JudgedRun(c.Id, SolverId, Verdict.Pass,
            [
                new CheckResult("P-pointwise", "pointwise", "P", 0.5, 1, 0.5, "1", Verdict.Pass, "ok"),
                new CheckResult("P-rel-l2", "rel-l2", "P", 6e-4, 1e-3, 4e-4, "1", Verdict.Pass, "ok"),
            ],
            "all 2 checks passed", TimeSpan.FromMilliseconds(10), null)).ToImmutableArray();
        summary = new RunSummary(info, cases, [new SolverRecord(SolverId, "1.0.0", "built-in", ["windkessel2"])], results, []);
    }

    /// <summary>Deletes the record folder.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    /// <summary>The whole report: composition, layout, and Skia/ScottPlot painting into a PDF in memory.</summary>
    [Benchmark]
    public long Render100CaseReport()
    {
        using var stream = new MemoryStream();
        PdfReport.RenderAsync(summary, folder, stream).GetAwaiter().GetResult();
        return stream.Length;
    }

    // The solver output deviates from the reference by a 0.1 % sine, so that the error plot has a curve to draw.
    private void WriteOutput(ReferenceCase loaded, string caseId)
    {
        var data = loaded.Reference.Tables[0].Data;
        var p = data.Find("P")!;
        var lines = new List<string> { "time [s],P [mmHg]" };
        for (var i = 0; i < data.RowCount; i++)
        {
            var t = data.Time.Values[i];
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{t:R},{p.Values[i] * (1 + (0.001 * Math.Sin(2 * Math.PI * t))):R}"));
        }

        var outputs = Path.Combine(folder, "outputs", caseId);
        Directory.CreateDirectory(outputs);
        File.WriteAllLines(Path.Combine(outputs, SolverId + ".csv"), lines);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "validation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("validation.sln not found above the benchmark binaries");
    }
}
