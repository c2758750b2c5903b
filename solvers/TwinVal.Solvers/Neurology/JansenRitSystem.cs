using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Neurology;

/// <summary>
/// Jansen–Rit neural mass model of a cortical column (Jansen &amp; Rit 1995, Biol. Cybern. 73:357,
/// doi:10.1007/BF00199471, eqs. 5–7 with C1…C4 = C·(1, 0.8, 0.25, 0.25), p. 360):
/// y0″ = A·a·S(y1 − y2) − 2a·y0′ − a²·y0;  y1″ = A·a·(p(t) + C2·S(C1·y0)) − 2a·y1′ − a²·y1;
/// y2″ = B·b·C4·S(C3·y0) − 2b·y2′ − b²·y2;  S(v) = 2e0/(1 + exp(r·(v0 − v))).
/// State (y0, y1, y2, y3 = y0′, y4 = y1′, y5 = y2′); t in s, y0…y2 in mV, y3…y5 in mV/s, p in 1/s.
/// The EEG-like output of the paper is y1 − y2, the pyramidal cells' membrane potential.
/// </summary>
internal readonly struct JansenRitSystem(JansenRitParameters p, InputChannel input) : IOdeSystem
{
    // Fixed ratios of the connectivity constants to C (Jansen & Rit 1995, p. 360, from Braitenberg & Schüz 1991).
    private const double C2Ratio = 0.8;
    private const double C3C4Ratio = 0.25;

    public int Dimension => 6;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var a = p.ExcitatoryRate;
        var b = p.InhibitoryRate;
        var c = p.Connectivity;
        dydt[0] = y[3];
        dydt[1] = y[4];
        dydt[2] = y[5];
        dydt[3] = (p.ExcitatoryGain * a * Sigmoid(y[1] - y[2])) - (2.0 * a * y[3]) - (a * a * y[0]);
        dydt[4] = (p.ExcitatoryGain * a * (input.ValueAt(t) + (C2Ratio * c * Sigmoid(c * y[0])))) - (2.0 * a * y[4]) - (a * a * y[1]);
        dydt[5] = (p.InhibitoryGain * b * C3C4Ratio * c * Sigmoid(C3C4Ratio * c * y[0])) - (2.0 * b * y[5]) - (b * b * y[2]);
    }

    public void BeginSegment(double segmentStart, double segmentEnd) => input.BeginSegment(segmentStart, segmentEnd);

    // Overflow of exp for very negative v gives 2e0/∞ = 0, the correct limit; nothing throws.
    private double Sigmoid(double v) => 2.0 * p.MaxFiringRate / (1.0 + Math.Exp(p.Steepness * (p.HalfActivation - v)));
}
