using System.Collections.Immutable;
using Microsoft.Extensions.Time.Testing;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Reporting;
using TwinVal.Harness.Running;
using TwinVal.Reports;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Running;

/// <summary>A temporary output folder, a fake clock and the settings that run a plan of built cases through the pipeline.</summary>
internal sealed class RunnerSandbox : IDisposable
{
    public string OutputRoot { get; } = Path.Combine(Path.GetTempPath(), "twinval-runner-tests", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = TestClock.At();

    /// <summary>Plans every case id (built with <see cref="CaseBuilder"/> defaults) on every solver.</summary>
    public static RunPlan Plan(ISolver[] solvers, params string[] caseIds)
    {
        var planning = Planner.Plan(caseIds.Select(id => new CaseBuilder(id).Build()), solvers, PlanOptions.Everything);
        Assert.Empty(planning.Problems);
        return planning.Plan;
    }

    /// <summary>Settings with the real exporters and the given parallelism and per-run time limit (default: none).</summary>
    public ValidationRunSettings Settings(RunPlan plan, int parallelism = 4, TimeSpan? timeout = null) =>
        new(plan, ImmutableArray<Problem>.Empty, OutputRoot,
            new ExecutorOptions(parallelism, timeout ?? Timeout.InfiniteTimeSpan, Seed: 11),
            ReportExporters.Default, Tier.Continuous, ["run", "--seed", "11"]);

    /// <summary>Starts the pipeline on <paramref name="settings"/>.</summary>
    public Task<(RunSummary Summary, string RecordFolder)> StartAsync(
        ValidationRunSettings settings, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new ValidationRunner(Clock).RunAsync(settings, progress, cancellationToken);

    /// <summary>The record folder, which exists from the moment a run starts.</summary>
    public string RecordFolder() => Assert.Single(Directory.GetDirectories(OutputRoot));

    /// <summary>run.json as the reader sees it now.</summary>
    public async Task<RunSummary> ReadRunJsonAsync()
    {
        var (summary, problems) = await RunJsonReader.ReadFileAsync(Path.Combine(RecordFolder(), "run.json"), TestContext.Current.CancellationToken);
        Assert.Empty(problems);
        return summary!;
    }

    /// <summary>The data rows of results.csv now, each as "case,solver,verdict" (the leading fields never hold commas).</summary>
    public string[] ResultRows() =>
        [.. File.ReadAllLines(Path.Combine(RecordFolder(), "results.csv")).Skip(1).Select(l => string.Join(',', l.Split(',').Take(3)))];

    public void Dispose()
    {
        if (Directory.Exists(OutputRoot))
        {
            Directory.Delete(OutputRoot, recursive: true);
        }
    }
}
