using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;
using TwinVal.Reports.Pdf;
using TwinVal.Testing;

namespace TwinVal.Reports.Tests.Pdf;

/// <summary>
/// A run over the bundled wk2-diastolic-decay case (real case folder, real reference CSV) with a solver output that
/// deviates from the reference by a known 0.1 % sine, a case whose folder is gone, and a case with 90 checks whose
/// metrics table must break across pages. Rendered once per test session.
/// </summary>
internal static class SampleReport
{
    public const string CaseId = "wk2-diastolic-decay";
    public const string SolverId = "wk-test";
    public const int LongChecks = 90;

    private static readonly Lazy<(RunSummary Summary, string Folder, byte[] Pdf)> Rendered = new(Render);
    private static readonly Lazy<IReadOnlyList<string>> ParsedPages = new(() => PdfText.Pages(Pdf));

    public static RunSummary Summary => Rendered.Value.Summary;

    public static string RecordFolder => Rendered.Value.Folder;

    public static byte[] Pdf => Rendered.Value.Pdf;

    /// <summary>The report's text, page by page (parsed once: reading back the PDF costs about as much as rendering it).</summary>
    public static IReadOnlyList<string> Pages => ParsedPages.Value;

    public static string RepositoryRoot() => TwinVal.Testing.RepositoryRoot.Path;

    public static RunSummary Build(string recordFolder, int extraCases = 0)
    {
        var loaded = new CaseLoader().Load(Path.Combine(RepositoryRoot(), "reference-cases", "cardiology", CaseId)).Case
            ?? throw new InvalidOperationException("bundled case wk2-diastolic-decay does not load");
        WriteOutput(loaded, recordFolder);
        var clock = TestClock.At();
        var started = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromSeconds(3));
        var info = new RunInfo("20260314-092653-1", "0.1.0", "0123456789abcdef0123456789abcdef01234567",
            new EnvironmentInfo("Linux test", ".NET 10.0.0", "X64", 2, "test-host"), "continuous", 42, ["run", "--seed", "42"],
            started, clock.GetUtcNow(), RunStatus.Completed);
        var real = RecordFactory.Case(loaded);
        var gone = real with { Id = "gone-case", Title = "A case whose folder was deleted", Path = "/nonexistent/gone-case" };
        var longCase = real with { Id = "long-case", Title = "A case with very many checks", Path = "/nonexistent/long-case" };
        var extra = Enumerable.Range(1, extraCases).Select(i => real with { Id = $"synthetic-{i:D3}", Path = "/nonexistent/synthetic" });
        ImmutableArray<CaseRecord> cases = [real, gone, longCase, .. extra];
        var solver = new SolverRecord(SolverId, "1.2.3", "built-in", ["windkessel2"]);
        ImmutableArray<JudgedRun> results =
        [
            new JudgedRun(CaseId, SolverId, Verdict.Fail,
                [
                    new CheckResult("P-pointwise", "pointwise", "P", 4.5, 1.0, -3.5, "1", Verdict.Fail, "worst ratio 4.5 at t = 0.31 s"),
                    new CheckResult("P-rel-l2", "rel-l2", "P", 6.1e-4, 1e-3, 3.9e-4, "1", Verdict.Pass, "relative L2 6.1e-4 ≤ 1e-3"),
                ],
                "1 of 2 checks failed: P-pointwise", TimeSpan.FromMilliseconds(12), null),
            new JudgedRun("gone-case", SolverId, Verdict.Error, [], "solver 'wk-test' failed on case 'gone-case': timeout after 60 s", TimeSpan.FromSeconds(60), null),
            new JudgedRun("long-case", SolverId, Verdict.Pass,
                [.. Enumerable.Range(1, LongChecks).Select(i => new CheckResult(
                    $"long-check-{i:D3}", "max-abs", "P", i * 1e-6, 1e-3, 1e-3 - (i * 1e-6), "mmHg", Verdict.Pass, "ok"))],
                $"all {LongChecks} checks passed", TimeSpan.FromMilliseconds(5), null),
            .. extra.Select(c => new JudgedRun(c.Id, SolverId, Verdict.Pass,
                [new CheckResult("P-rel-l2", "rel-l2", "P", 1e-9, 1e-7, 9.9e-8, "1", Verdict.Pass, "ok")], "all 1 checks passed", TimeSpan.FromMilliseconds(1), null)),
        ];
        return new RunSummary(info, cases, [solver], results, []);
    }

    public static byte[] RenderBytes(RunSummary summary, string recordFolder)
    {
        using var stream = new MemoryStream();
        PdfReport.RenderAsync(summary, recordFolder, stream).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    private static (RunSummary, string, byte[]) Render()
    {
        var folder = Path.Combine(Path.GetTempPath(), "twinval-pdf-tests", Guid.NewGuid().ToString("N"));
        var summary = Build(folder);
        return (summary, folder, RenderBytes(summary, folder));
    }

    // The solver output: the reference times and P·(1 + 0.001·sin 2πt), a deviation the error plot must show.
    private static void WriteOutput(ReferenceCase loaded, string recordFolder)
    {
        var data = loaded.Reference.Tables[0].Data;
        var p = data.Find("P")!;
        var lines = new List<string> { "time [s],P [mmHg]" };
        for (var i = 0; i < data.RowCount; i++)
        {
            var t = data.Time.Values[i];
            var value = p.Values[i] * (1 + (0.001 * Math.Sin(2 * Math.PI * t)));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{t:R},{value:R}"));
        }

        var folder = Path.Combine(recordFolder, "outputs", CaseId);
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, SolverId + ".csv"), lines);
    }
}
