namespace TwinVal.Solvers.Cardiology.Tissue;

/// <summary>One output column of the monodomain solver: a point's potential or the conduction delay between two points.</summary>
internal sealed class OutputColumn
{
    private readonly ProbePoint? probe;
    private readonly ActivationClock? from;
    private readonly ActivationClock? to;

    private OutputColumn(ProbePoint? probe, ActivationClock? from, ActivationClock? to) => (this.probe, this.from, this.to) = (probe, from, to);

    /// <summary>The membrane potential at <paramref name="point"/>, mV.</summary>
    public static OutputColumn Potential(ProbePoint point) => new(point, null, null);

    /// <summary>t_act(<paramref name="later"/>) − t_act(<paramref name="earlier"/>), ms; 0 until both have activated.</summary>
    public static OutputColumn Delay(ActivationClock earlier, ActivationClock later) => new(null, earlier, later);

    /// <summary>The column's value for the current potential field.</summary>
    public double Value(ReadOnlySpan<double> potential) =>
        probe is not null ? probe.Sample(potential)
        : from!.Time is { } a && to!.Time is { } b ? b - a
        : 0.0;
}
