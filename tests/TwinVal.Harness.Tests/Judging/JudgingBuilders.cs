using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Tests.Comparison;

namespace TwinVal.Harness.Tests.Judging;

/// <summary>Builders for planned runs, run outputs, check results and judged runs.</summary>
internal static class JudgingBuilders
{
    public static readonly ReferenceCase Case = ComparisonBuilders.Case(
        ComparisonBuilders.Table("s", [0.0, 1.0], ComparisonBuilders.S("P", "mmHg", 100, 50)),
        ComparisonBuilders.Check(MetricKind.MaxAbs, limit: ComparisonBuilders.Q(1, "mmHg")));

    public static readonly SolverOutput ExactOutput =
        ComparisonBuilders.Output(ComparisonBuilders.Table("s", [0.0, 1.0], ComparisonBuilders.S("P", "mmHg", 100, 50)));

    public static RunOutput Ran(SolverOutput? output, RunFailure? failure = null, bool supported = true) =>
        new(new PlannedRun(0, Case, new RecordingSolver("rk4-ref", output), supported), output, failure, TimeSpan.FromMilliseconds(12));

    public static CheckResult Result(string id, Verdict verdict, string message = "why") =>
        new(id, "max-abs", "P", 0.5, 1.0, 0.5, "mmHg", verdict, message);

    public static JudgedRun Judged(string caseId, string solverId, Verdict verdict) =>
        new(caseId, solverId, verdict, [], verdict.ToString(), TimeSpan.Zero, null);

    /// <summary>A solver that returns a fixed output; judging never calls it, planning only reads its identity.</summary>
    private sealed class RecordingSolver(string id, SolverOutput? output) : ISolver
    {
        public string Id => id;

        public string Version => "1.0";

        public SolverKind Kind => SolverKind.BuiltIn;

        public ImmutableArray<string> SupportedModels => ["windkessel2"];

        public Task<SolverOutput> SolveAsync(SolveRequest request, CancellationToken cancellationToken) =>
            output is null ? Task.FromException<SolverOutput>(new SolverException("no output configured")) : Task.FromResult(output);
    }
}
