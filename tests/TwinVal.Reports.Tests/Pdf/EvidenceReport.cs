using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Properties;
using TwinVal.Harness.Reporting;
using TwinVal.Harness.Units;

namespace TwinVal.Reports.Tests.Pdf;

/// <summary>
/// A run record carrying every optional kind of evidence: a refinement ladder, a credibility assessment, a property
/// check with a counterexample, solver file hashes, and a case (a copy of wk2-diastolic-decay) declaring an extra plot.
/// The ladder is φ(h) = 1 + 0.5·h² (p = 2, φ_ext = 1 exactly). Rendered once per test session.
/// </summary>
internal static class EvidenceReport
{
    public const string CaseId = SampleReport.CaseId;
    public const string SolverId = SampleReport.SolverId;
    public const string SolverHash = "aa11bb22cc33dd44ee55ff6600778899aa11bb22cc33dd44ee55ff6600778899";

    private static readonly Lazy<(RunSummary Summary, string Folder, byte[] Pdf, IReadOnlyList<string> Pages)> Rendered = new(Render);

    public static RunSummary Summary => Rendered.Value.Summary;

    public static string Folder => Rendered.Value.Folder;

    public static byte[] Pdf => Rendered.Value.Pdf;

    public static string Text => string.Join('\n', Rendered.Value.Pages);

    public static LadderRecord Ladder { get; } = new(
        "y-order", "P", "final-value", "h", "s", "mmHg",
        [new LadderLevel(2, 0.01, 1.00005, "outputs/x/y.level-2.csv"), new LadderLevel(1, 0.02, 1.0002, "outputs/x/y.level-1.csv"), new LadderLevel(0, 0.04, 1.0008, "outputs/x/y.level-0.csv")],
        "monotonic-convergence", 2.0, 2.0, 2.0, 1.0, 1.25 * (0.00015 / 1.00005) / 3, 1.00005 / 1.0002);

    private static (RunSummary, string, byte[], IReadOnlyList<string>) Render()
    {
        var folder = Directory.CreateTempSubdirectory("twinval-pdf-evidence-").FullName;
        var caseFolder = Path.Combine(folder, "cases", CaseId);
        Directory.CreateDirectory(caseFolder);
        var source = Path.Combine(SampleReport.RepositoryRoot(), "reference-cases", "cardiology", CaseId);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(caseFolder, Path.GetFileName(file)));
        }

        File.AppendAllText(Path.Combine(caseFolder, "case.yaml"), "report:\n  plots:\n    - {x: time, y: P, title: Declared pressure trace}\n");
        var sample = SampleReport.Build(folder);
        var loaded = new CaseLoader().Load(caseFolder);
        var record = RecordFactory.Case(loaded.Case ?? throw new InvalidOperationException(string.Join("; ", loaded.Problems)));
        var run = sample.Results[0] with
        {
            Checks =
            [
                .. sample.Results[0].Checks,
                new CheckResult("y-order", "convergence:observed-order", "P", 0, 0.1, 0.1, "1", Verdict.Pass, "order ok"),
                new CheckResult("P-monotone", "property:monotone-in-time", "P", 0.25, 0, -0.25, "mmHg", Verdict.Fail, "P rose by 0.25 mmHg at t = 1.5 s")
                {
                    Property = new PropertyEvidence(42, 7, 200, 3, [new NamedQuantity("R", new Quantity(0.5, Unit.Parse("mmHg*s/mL"))), new NamedQuantity("C", new Quantity(2, Unit.Parse("mL/mmHg")))]),
                },
                new CheckResult("P-positive", "property:non-negative", "P", 80, 0, 80, "mmHg", Verdict.Pass, "held")
                {
                    Property = new PropertyEvidence(43, 7, 200, 0, []),
                },
            ],
            Ladders = [Ladder],
        };
        var solver = sample.Solvers[0] with { Files = [new SolverFileHash("assembly", "/opt/solvers/wk-test.dll", SolverHash)] };
        var summary = sample with { Cases = [record], Solvers = [solver], Results = [run] };
        File.WriteAllText(Path.Combine(folder, "credibility.json"), Credibility);
        var pdf = SampleReport.RenderBytes(summary, folder);
        var pages = PdfText.Pages(pdf);
        File.WriteAllText(Path.Combine(folder, "report.txt"), string.Join('\n', pages));
        return (summary, folder, pdf, pages);
    }

    // As CredibilityJson writes it (kebab-case names); one factor reached, one with a gap.
    private const string Credibility = """
        {
          "plan": {
            "question-of-interest": "Can the twin rank afterload changes?",
            "context-of-use": "Arterial afterload in a closed-loop twin.",
            "model-influence": "medium",
            "decision-consequence": "high",
            "model-risk": { "level": 4, "category": "high" }
          },
          "sufficient": false,
          "factors": [
            { "factor": "numerical-code-verification", "activity": "verification", "target": "medium", "achieved": "medium",
              "evidence": ["wk2-diastolic-decay × wk-test"], "failed-evidence": [], "gap": false, "explanation": "reached by 1 passing item" },
            { "factor": "discretization-error", "activity": "verification", "target": "high", "achieved": "none",
              "evidence": [], "failed-evidence": ["gompertz-rk4-convergence × wk-test"], "gap": true, "explanation": "no passing item reaches high" }
          ]
        }
        """;

}
