using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Reporting;
using TwinVal.Harness.Running;
using TwinVal.Reports;

namespace TwinVal.External.Tests.Support;

/// <summary>Runs cases × solvers through the whole pipeline (ValidationRunner, default exporters) into <paramref name="outputRoot"/>.</summary>
internal static class PipelineRun
{
    public static async Task<(RunSummary Summary, string RecordFolder)> RunAsync(
        IEnumerable<ReferenceCase> cases, IEnumerable<ISolver> solvers, string outputRoot, int parallelism = 4, TimeSpan? timeout = null)
    {
        var planning = Planner.Plan(cases, solvers, PlanOptions.Everything);
        Assert.False(planning.HasErrors, string.Join("\n", planning.Problems));
        var settings = new ValidationRunSettings(
            planning.Plan, [], outputRoot, new ExecutorOptions(parallelism, timeout ?? TimeSpan.FromMinutes(2), 0),
            ReportExporters.Default, Tier.Nightly, ["test"]);
        return await new ValidationRunner(TimeProvider.System).RunAsync(settings, null, TestContext.Current.CancellationToken);
    }
}
