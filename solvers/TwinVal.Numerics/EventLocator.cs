using System.Collections.Immutable;

namespace TwinVal.Numerics;

/// <summary>
/// Locates threshold crossings inside accepted steps: a sign change of g = y_c − threshold between the ends of a step
/// brackets a root, which the Illinois variant of regula falsi (Dahlquist &amp; Björck, Numerical Methods, §6.2.3;
/// superlinear, order ≈ 1.44, never leaves the bracket) finds on the step's dense output. The crossing is therefore as
/// accurate as the dense output. A crossing and recrossing within one step (no sign change at its ends) is not seen;
/// limit <see cref="IntegrationOptions.MaxStep"/> when events can be that close.
/// </summary>
/// <remarks>
/// <para>
/// Both adaptive integrators accept a locator through their event overloads:
/// <see cref="DormandPrince54.Integrate{TSystem}(ref TSystem, double, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, IntegrationOptions, EventLocator, CancellationToken)"/>
/// (non-stiff; crossings on Shampine's fourth-order dense output, so event times converge at order 5 with the step) and
/// <see cref="Rodas4.Integrate{TSystem}(ref TSystem, double, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, IntegrationOptions, EventLocator, CancellationToken)"/>
/// or <see cref="Rodas4.IntegrateWithJacobian{TSystem}(ref TSystem, double, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, IntegrationOptions, EventLocator, CancellationToken)"/>
/// (stiff; third-order dense output, event times of order 4).
/// </para>
/// <para>
/// Usage: build a locator over the <see cref="ThresholdEvent"/>s, pass it to one integration, then read
/// <see cref="Crossings"/>. Events never change the steps taken or the output written; scanning allocates nothing per
/// step, only one <see cref="EventCrossing"/> per crossing found. Crossings accumulate, so use a fresh locator per run.
/// </para>
/// </remarks>
public sealed class EventLocator
{
    // Illinois converges in a few tens of iterations to the bracket's round-off width; the cap only guards against a
    // discontinuous interpolant that could otherwise keep halving forever.
    private const int MaxIterations = 200;

    private readonly List<EventCrossing> crossings = [];
    private double[] scratch = [];

    /// <summary>Creates a locator for <paramref name="events"/>; crossings accumulate in <see cref="Crossings"/>.</summary>
    /// <param name="events">The events to watch.</param>
    public EventLocator(ImmutableArray<ThresholdEvent> events)
    {
        Events = events.IsDefault ? [] : events;
    }

    /// <summary>The watched events.</summary>
    public ImmutableArray<ThresholdEvent> Events { get; }

    /// <summary>Crossings found so far, in time order (crossings at the same time in event order).</summary>
    public IReadOnlyList<EventCrossing> Crossings => crossings;

    /// <summary>Checks every event's component against the system's dimension; called once before integrating.</summary>
    internal void Prepare(int dimension)
    {
        for (var e = 0; e < Events.Length; e++)
        {
            var ev = Events[e];
            if (ev.Component < 0 || ev.Component >= dimension || !double.IsFinite(ev.Threshold))
            {
                throw new ArgumentException(
                    $"event {e} watches component {ev.Component} at threshold {IntegrationPlan.Format(ev.Threshold)}, " +
                    $"but the system has components 0..{dimension - 1} and the threshold must be finite");
            }
        }

        if (scratch.Length != dimension)
        {
            scratch = new double[dimension];
        }
    }

    /// <summary>Finds the crossings in the accepted step [t, tNew] with ends yOld, yNew and continuous extension <paramref name="interpolant"/>.</summary>
    internal void Scan<TInterpolant>(ref TInterpolant interpolant, double t, double tNew, ReadOnlySpan<double> yOld, ReadOnlySpan<double> yNew)
        where TInterpolant : IDenseInterpolant
    {
        var first = crossings.Count;
        for (var e = 0; e < Events.Length; e++)
        {
            var ev = Events[e];
            var g0 = yOld[ev.Component] - ev.Threshold;
            var g1 = yNew[ev.Component] - ev.Threshold;

            // Half-open convention: a rise is g < 0 → g ≥ 0, so a crossing that lands exactly on a step end counts once.
            var rising = g0 < 0 && g1 >= 0;
            var falling = g0 > 0 && g1 <= 0;
            var wanted = ev.Direction switch
            {
                CrossingDirection.Rising => rising,
                CrossingDirection.Falling => falling,
                _ => rising || falling,
            };
            if (!wanted)
            {
                continue;
            }

            var theta = Root(ref interpolant, ev.Component, ev.Threshold, g0, g1);
            interpolant.State(theta, scratch);
            var time = theta >= 1.0 ? tNew : t + (theta * (tNew - t));
            crossings.Add(new EventCrossing(e, time, rising, [.. scratch]));
        }

        if (crossings.Count - first > 1)
        {
            crossings.Sort(first, crossings.Count - first, Comparer<EventCrossing>.Create(
                (a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : a.EventIndex.CompareTo(b.EventIndex)));
        }
    }

    /// <summary>Illinois iteration for g(θ) = interpolant_c(θ) − threshold on [0, 1], g(0) = g0 and g(1) = g1 of opposite signs.</summary>
    private static double Root<TInterpolant>(ref TInterpolant interpolant, int component, double threshold, double g0, double g1)
        where TInterpolant : IDenseInterpolant
    {
        if (g1 == 0)
        {
            return 1.0;
        }

        double a = 0, b = 1, ga = g0, gb = g1;
        var side = 0;
        for (var i = 0; i < MaxIterations && b - a > 4 * double.Epsilon + (2e-16 * b); i++)
        {
            var c = ((a * gb) - (b * ga)) / (gb - ga);
            if (!(c > a && c < b))
            {
                c = 0.5 * (a + b);
            }

            var gc = interpolant.Component(c, component) - threshold;
            if (gc == 0)
            {
                return c;
            }

            if (Math.Sign(gc) == Math.Sign(gb))
            {
                b = c;
                gb = gc;

                // Illinois: the end kept twice running has its value halved so the secant stops creeping from one side.
                if (side == -1)
                {
                    ga *= 0.5;
                }

                side = -1;
            }
            else
            {
                a = c;
                ga = gc;
                if (side == 1)
                {
                    gb *= 0.5;
                }

                side = 1;
            }
        }

        // The root lies in [a, b]; b is on the far side of the threshold, so the reported state has crossed it.
        return b;
    }
}
