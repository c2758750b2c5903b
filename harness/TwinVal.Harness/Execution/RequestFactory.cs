using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Execution;

/// <summary>Turns a validated case into the fully resolved request a solver receives.</summary>
public static class RequestFactory
{
    /// <summary>
    /// The request for <paramref name="referenceCase"/>. Sample times are the reference's own time points (first
    /// reference table holding the outputs, in its time unit) when the case gives no interval; otherwise start to end
    /// by the interval, both ends included.
    /// </summary>
    /// <exception cref="InvalidOperationException">The case has neither an interval nor a reference table holding its outputs.</exception>
    public static SolveRequest Create(ReferenceCase referenceCase, long seed)
    {
        var outputs = referenceCase.Outputs;
        var (unit, times) = outputs.Interval is { } interval
            ? ByInterval(referenceCase.Protocol, interval)
            : FromReference(referenceCase);
        return new SolveRequest(
            referenceCase.Id,
            referenceCase.Model,
            referenceCase.Parameters,
            referenceCase.InitialState,
            referenceCase.Protocol,
            new OutputRequest(outputs.Variables, unit, times),
            referenceCase.Numerics,
            seed)
        {
            DataTables = referenceCase.DataTables.IsDefault ? [] : referenceCase.DataTables,
        };
    }

    /// <summary>
    /// start, start + h, …, end in the unit of the protocol's end time. Each time is start + i·h (never a running sum)
    /// so that rounding errors do not accumulate over many samples; the end time is always the last sample.
    /// </summary>
    /// <exception cref="ArgumentException">The interval is not positive or the span is empty.</exception>
    public static (Unit Unit, ImmutableArray<double> Times) ByInterval(CaseProtocol protocol, Quantity interval)
    {
        var unit = protocol.EndTime.Unit;
        var start = protocol.StartTime.In(unit);
        var end = protocol.EndTime.Value;
        var step = interval.In(unit);
        if (!(step > 0.0) || !double.IsFinite(step) || !(end > start))
        {
            throw new ArgumentException(
                $"cannot sample {start} to {end} {unit.Symbol} every {interval}: expected a positive interval and end after start");
        }

        // A sample closer to the end than a millionth of the interval is the end point written with rounding error:
        // snapping it avoids a near-duplicate last pair (0.9999999999, 1.0) that is not strictly increasing in practice.
        var slack = 1e-6 * step;
        var count = (int)Math.Floor(((end - start) / step) + 1e-9);
        var times = ImmutableArray.CreateBuilder<double>(count + 2);
        for (var i = 0; i <= count; i++)
        {
            var t = start + (i * step);
            if (t >= end - slack)
            {
                break;
            }

            times.Add(t);
        }

        times.Add(end);
        return (unit, times.ToImmutable());
    }

    private static (Unit Unit, ImmutableArray<double> Times) FromReference(ReferenceCase referenceCase)
    {
        var variables = referenceCase.Outputs.Variables;
        var table = referenceCase.Reference.Tables.FirstOrDefault(t => variables.All(v => t.Data.Find(v.Name) is not null))
            ?? (variables.IsEmpty ? referenceCase.Reference.Tables.FirstOrDefault() : referenceCase.Reference.TableFor(variables[0].Name))
            ?? throw new InvalidOperationException(
                $"case '{referenceCase.Id}' gives no output interval and no reference table holds '{string.Join("', '", variables.Select(v => v.Name))}', so there are no sample times");
        return (table.Data.Time.Unit, table.Data.Time.Values);
    }
}
