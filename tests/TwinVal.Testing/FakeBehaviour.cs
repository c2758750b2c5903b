using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;

namespace TwinVal.Testing;

/// <summary>
/// What a <see cref="FakeSolver"/> does with one request: return a table, throw, hang, delay, or return bad output.
/// Each behaviour is a delegate; the static factories name the cases tests need.
/// </summary>
public sealed class FakeBehaviour
{
    private readonly Func<FakeSolver, SolveRequest, CancellationToken, Task<SolverOutput>> run;

    private FakeBehaviour(string description, Func<FakeSolver, SolveRequest, CancellationToken, Task<SolverOutput>> run)
    {
        Description = description;
        this.run = run;
    }

    /// <summary>What the behaviour does, for test messages.</summary>
    public string Description { get; }

    /// <summary>Returns <paramref name="table"/> as it is, whatever was requested.</summary>
    public static FakeBehaviour Returns(SeriesTable table) =>
        new("returns a fixed table", (_, _, _) => Task.FromResult(Output(table)));

    /// <summary>Computes the table from the request.</summary>
    public static FakeBehaviour Computes(Func<SolveRequest, SeriesTable> compute) =>
        new("computes a table", (_, request, _) => Task.FromResult(Output(compute(request))));

    /// <summary>Returns every requested variable on the requested times, valued <c>f(variable, t)</c>.</summary>
    public static FakeBehaviour Samples(Func<string, double, double> f) =>
        Computes(request => TableFor(request, f));

    /// <summary>Returns every requested variable equal to <paramref name="value"/> at every requested time.</summary>
    public static FakeBehaviour Constant(double value) => Samples((_, _) => value);

    /// <summary>Returns NaN for every requested variable at every requested time.</summary>
    public static FakeBehaviour ReturnsNaN() => Constant(double.NaN);

    /// <summary>Returns the requested table with the column <paramref name="missing"/> left out.</summary>
    public static FakeBehaviour OmitsColumn(string missing) =>
        Computes(request =>
        {
            var full = TableFor(request, (_, _) => 0.0);
            return new SeriesTable(full.Time, full.Columns.RemoveAll(c => c.Name == missing));
        });

    /// <summary>Returns columns named <paramref name="names"/> (unit 1) instead of the requested ones.</summary>
    public static FakeBehaviour WrongColumns(params string[] names) =>
        Computes(request =>
        {
            var time = TimeOf(request);
            var columns = names.Select(n => new Series(n, Unit.Dimensionless, ImmutableArray.Create(new double[time.Count])));
            return new SeriesTable(time, [.. columns]);
        });

    /// <summary>Returns every requested column in <paramref name="unit"/> (for example an incompatible one).</summary>
    public static FakeBehaviour WrongUnits(string unit) =>
        Computes(request =>
        {
            var full = TableFor(request, (_, _) => 1.0);
            var target = Unit.Parse(unit);
            return new SeriesTable(full.Time, [.. full.Columns.Select(c => c with { Unit = target })]);
        });

    /// <summary>Throws <paramref name="exception"/> synchronously, before returning a task.</summary>
    public static FakeBehaviour Throws(Exception exception) =>
        new($"throws {exception.GetType().Name}", (_, _, _) => throw exception);

    /// <summary>
    /// Blocks the calling thread until the solver is released (<see cref="FakeSolver.Release"/>), ignoring the
    /// cancellation token: the worst-behaved solver the executor must survive.
    /// </summary>
    public static FakeBehaviour HangsIgnoringCancellation() =>
        new("hangs ignoring cancellation", (solver, _, _) =>
        {
            solver.WaitForRelease();
            throw new SolverException("released after hanging");
        });

    /// <summary>Waits until cancelled, then throws <see cref="OperationCanceledException"/> as a well-behaved solver does.</summary>
    public static FakeBehaviour HangsHonouringCancellation() =>
        new("hangs until cancelled", async (_, _, token) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token).ConfigureAwait(false);
            throw new InvalidOperationException("unreachable: an infinite delay only ends by cancellation");
        });

    /// <summary>Waits <paramref name="delay"/> on <paramref name="time"/> (honouring cancellation), then behaves as <paramref name="then"/>.</summary>
    public static FakeBehaviour Delays(TimeSpan delay, FakeBehaviour then, TimeProvider? time = null) =>
        new($"waits {delay.TotalMilliseconds} ms then {then.Description}", async (solver, request, token) =>
        {
            await Task.Delay(delay, time ?? TimeProvider.System, token).ConfigureAwait(false);
            return await then.InvokeAsync(solver, request, token).ConfigureAwait(false);
        });

    /// <summary>A table with the requested time axis and one column per requested variable valued <c>f(variable, t)</c>.</summary>
    public static SeriesTable TableFor(SolveRequest request, Func<string, double, double> f)
    {
        var time = TimeOf(request);
        var columns = request.Outputs.Variables.Select(v =>
            new Series(v.Name, v.Unit, [.. time.Values.Select(t => f(v.Name, t))]));
        return new SeriesTable(time, [.. columns]);
    }

    internal Task<SolverOutput> InvokeAsync(FakeSolver solver, SolveRequest request, CancellationToken token) =>
        run(solver, request, token);

    private static Series TimeOf(SolveRequest request) =>
        new("time", request.Outputs.TimeUnit, request.Outputs.SampleTimes);

    private static SolverOutput Output(SeriesTable table) =>
        new(table, [], new SolverDiagnostics("fake", table.RowCount, 0, table.RowCount, 0, TimeSpan.Zero, []));
}
