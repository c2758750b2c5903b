using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;
using TwinVal.Reports;
using TwinVal.Reports.Pdf;
using TwinVal.Reports.Signing;

namespace TwinVal.Benchmarks;

/// <summary>
/// Renders report.pdf for a synthetic 100-case run record built in code: every case points at the bundled
/// wk2-diastolic-decay folder (so each is loaded and its reference read, as in a real run) and has its own solver
/// output, so every case gets a metrics table and two vector plots (overlay and error): over 100 pages in all.
/// <see cref="RenderEmbedSign100CaseReport"/> adds what <c>twinval run --sign</c> does after rendering: embed run.json,
/// results.csv and checks.csv (one incremental update) and sign as author with an RSA-3072 development key (another).
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private const int Cases = 100;
    private const string SolverId = "wk-bench";
    private string folder = "";
    private RunSummary summary = null!;
    private X509Certificate2 signer = null!;

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

        // The run record files the signed report embeds, written by the same exporters a run uses.
        foreach (var exporter in ReportExporters.Default)
        {
            using var file = File.Create(Path.Combine(folder, exporter.FileName));
            exporter.ExportAsync(summary, file, CancellationToken.None).GetAwaiter().GetResult();
        }

        // RSA-3072 is keygen's default and the slower of the two algorithms to sign with; key generation is setup, not measured.
        signer = DevelopmentCertificate.Create("Bench Author", KeyAlgorithm.Rsa, new FixedClock(started.AddMinutes(1)));
    }

    /// <summary>Deletes the record folder.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        signer.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The whole report: composition, layout, and Skia/ScottPlot painting into a PDF in memory.</summary>
    [Benchmark]
    public long Render100CaseReport()
    {
        using var stream = new MemoryStream();
        PdfReport.RenderAsync(summary, folder, stream).GetAwaiter().GetResult();
        return stream.Length;
    }

    /// <summary>The signed report as <c>run --sign</c> makes it: render, embed the evidence files, sign as author.</summary>
    [Benchmark]
    public long RenderEmbedSign100CaseReport()
    {
        using var stream = new MemoryStream();
        PdfReport.RenderAsync(summary, folder, stream).GetAwaiter().GetResult();
        var modified = summary.Info.FinishedUtc ?? summary.Info.StartedUtc;
        var embedded = EvidenceEmbedder.Embed(stream.ToArray(), RunEvidence.Collect(folder), modified);
        var request = new SignatureRequest("Bench Author", SignatureMeaning.Authorship, signer);
        return PdfSigner.SignAsync(embedded, request, new FixedClock(modified.AddMinutes(1))).GetAwaiter().GetResult().LongLength;
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

    // A clock standing still: signing reads the time, and a benchmark must not depend on when it runs.
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
