using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Properties;

/// <summary>Turns a sample (ticks per range) into the values and the case a property solves.</summary>
public static class PropertyPoint
{
    /// <summary>
    /// The values of <paramref name="ticks"/> over the case's ranges, in the ranges' units. At the case's own tick the
    /// case's own value is used exactly: tick → coordinate → value rounds, and a shrunk counterexample should read
    /// "C = 1.5", not "C = 1.5000000000000002", where it did not move.
    /// </summary>
    public static ImmutableArray<NamedQuantity> Values(ReferenceCase referenceCase, ImmutableArray<int> ticks)
    {
        ArgumentNullException.ThrowIfNull(referenceCase);
        var nominal = Nominal(referenceCase);
        return [.. referenceCase.ParameterRanges.Select((r, i) =>
            new NamedQuantity(r.Name, new Quantity(
                ticks[i] == nominal[i] && CaseVariants.ValueOf(referenceCase, r.Name) is { } own
                    ? Math.Clamp(own.In(r.Unit), r.Min, r.Max)
                    : r.ValueAt(ticks[i] / (double)PropertySampler.Ticks),
                r.Unit)))];
    }

    /// <summary>The ticks of the case's own values (the target of shrinking).</summary>
    public static ImmutableArray<int> Nominal(ReferenceCase referenceCase)
    {
        ArgumentNullException.ThrowIfNull(referenceCase);
        return [.. referenceCase.ParameterRanges.Select(r =>
            CaseVariants.ValueOf(referenceCase, r.Name) is { } q
                ? (int)Math.Round(r.CoordinateOf(q.In(r.Unit)) * PropertySampler.Ticks)
                : 0)];
    }

    /// <summary>
    /// The case solved for <paramref name="spec"/> at <paramref name="values"/>: the values replace the case's own, the
    /// end time is the property's (when it declares one), and outputs are sampled by the property's interval, else the
    /// case's, else 1/200 of the span (fine enough to see peaks of the bundled models, cheap enough for CI).
    /// </summary>
    public static ReferenceCase Build(ReferenceCase referenceCase, PropertySpec spec, IEnumerable<NamedQuantity> values)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var point = CaseVariants.With(referenceCase, values);
        var protocol = spec.EndTime is { } end ? point.Protocol with { EndTime = end.ConvertTo(point.Protocol.EndTime.Unit) } : point.Protocol;
        var span = protocol.EndTime.In(SiUnits.Second) - protocol.StartTime.In(SiUnits.Second);
        var interval = spec.Interval ?? point.Outputs.Interval ?? new Quantity(span / 200.0, SiUnits.Second);
        return point with { Protocol = protocol, Outputs = point.Outputs with { Interval = interval } };
    }
}
