using TwinVal.Harness.Catalog;

namespace TwinVal.Solvers.Ode;

/// <summary>
/// A prescribed input as the model's right-hand side sees it: in the model's units and internal time, and evaluated
/// on the inside of the current integration segment so that a stage placed exactly on a jump gets the value of the
/// segment it belongs to (the integrator stops at every jump, see <see cref="StopTimes"/>).
/// </summary>
internal sealed class InputChannel
{
    // For inputs with jumps whose shape between jumps is not known to be constant, times are kept this fraction of the
    // segment length inside it: far above rounding of the stop times, far below any accuracy that matters.
    private const double InsideMargin = 1e-9;

    private readonly InputSignal? signal;
    private readonly double valueFactor;
    private readonly double secondsPerTimeUnit;
    private readonly bool piecewiseConstant;
    private readonly bool hasJumps;
    private double segmentStart = double.NegativeInfinity;
    private double segmentEnd = double.PositiveInfinity;
    private double segmentValue;

    /// <summary>Creates the channel.</summary>
    /// <param name="signal">The protocol's input; null for an input that is identically zero.</param>
    /// <param name="valueFactor">Factor from the signal's unit to the model's unit.</param>
    /// <param name="timeUnitsPerSecond">Factor from seconds to the model's internal time unit.</param>
    public InputChannel(InputSignal? signal, double valueFactor, double timeUnitsPerSecond)
    {
        this.signal = signal;
        this.valueFactor = valueFactor;
        secondsPerTimeUnit = 1.0 / timeUnitsPerSecond;
        StopTimes = signal is null ? [] : [.. signal.Discontinuities().Select(s => s * timeUnitsPerSecond)];
        hasJumps = StopTimes.Length > 0;
        piecewiseConstant = signal is ConstantInput or StepInput or PulseInput;
    }

    /// <summary>A channel for an input the protocol does not drive: zero everywhere.</summary>
    public static InputChannel Zero => new(null, 1.0, 1.0);

    /// <summary>Times (internal time unit) where the input jumps.</summary>
    public double[] StopTimes { get; }

    /// <summary>Records the segment the integrator is about to integrate.</summary>
    public void BeginSegment(double start, double end)
    {
        segmentStart = start;
        segmentEnd = end;

        // Between jumps a constant, step or pulse input is constant, so its value at the segment's midpoint (far from
        // both ends, hence unaffected by rounding of the stop times) is its value on the whole segment.
        segmentValue = signal is null ? 0.0 : signal.ValueAt(0.5 * (start + end) * secondsPerTimeUnit) * valueFactor;
    }

    /// <summary>The input at internal time <paramref name="t"/>, in the model's unit.</summary>
    public double ValueAt(double t)
    {
        if (signal is null || piecewiseConstant)
        {
            return segmentValue;
        }

        if (hasJumps)
        {
            var margin = InsideMargin * (segmentEnd - segmentStart);
            t = Math.Clamp(t, segmentStart + margin, segmentEnd - margin);
        }

        return signal.ValueAt(t * secondsPerTimeUnit) * valueFactor;
    }
}
