using TwinVal.Numerics;

namespace TwinVal.Solvers.Neurology;

/// <summary>
/// The 6-D Epileptor, one uncoupled node (Jirsa et al. 2014, Brain 137:2210, doi:10.1093/brain/awu133, eqs. 1 and
/// Table 1), written as The Virtual Brain's <c>Epileptor</c> model evaluates it (tvb-root,
/// tvb_library/tvb/simulator/models/epileptor.py, with tt = 1, Kvf = Kf = Ks = 0, modification off):
/// <code>
/// x1′ = y1 − f1(x1, x2, z) − z + Iext1        f1 = x1³ − 3x1²                 (x1 &lt; 0)
///                                              f1 = −(slope − x2 + 0.6(z − 4)²)·x1 (x1 ≥ 0)
/// y1′ = 1 − 5x1² − y1
/// z′  = r·(4(x1 − x0) − z − [0.1·z⁷ if z &lt; 0])
/// x2′ = −y2 + x2 − x2³ + Iext2 + 2g − 0.3(z − 3.5)
/// y2′ = (−y2 + f2(x2))/τ2                      f2 = 0 (x2 &lt; −0.25), 6(x2 + 0.25) otherwise
/// g′  = −0.01·(g − 0.1·x1)
/// </code>
/// State (x1, y1, z, x2, y2, g), all dimensionless; time in TVB's unit, the millisecond (tt = 1). The fixed
/// coefficients (a = 1, b = 3, c = 1, d = 5, s = 4, a2 = 6, 2 on g, γ = 0.01) are those of the paper and TVB's defaults.
/// The z⁷ term follows TVB's code, which switches on z &lt; 0 (its docstring says x1 &lt; 0); at default parameters z
/// stays near 3, so the branch never fires.
/// </summary>
internal readonly struct EpileptorSystem(EpileptorParameters p) : IOdeSystem
{
    public int Dimension => 6;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var x1 = y[0];
        var y1 = y[1];
        var z = y[2];
        var x2 = y[3];
        var y2 = y[4];
        var g = y[5];

        // f1·x1 written as TVB does, as a coefficient times x1, so both branches meet continuously at x1 = 0.
        var zShift = z - 4.0;
        var coefficient = x1 < 0.0 ? (-(x1 * x1) + (3.0 * x1)) : (p.Slope - x2 + (0.6 * zShift * zShift));
        dydt[0] = y1 - z + p.Iext1 + (coefficient * x1);
        dydt[1] = 1.0 - (5.0 * x1 * x1) - y1;

        var z2 = z * z;
        var saturation = z < 0.0 ? -0.1 * z2 * z2 * z2 * z : 0.0;
        dydt[2] = p.R * ((4.0 * (x1 - p.X0)) - z + saturation);

        dydt[3] = -y2 + x2 - (x2 * x2 * x2) + p.Iext2 + (2.0 * g) - (0.3 * (z - 3.5));
        var f2 = x2 < -0.25 ? 0.0 : 6.0 * (x2 + 0.25);
        dydt[4] = (-y2 + f2) / p.Tau2;
        dydt[5] = -0.01 * (g - (0.1 * x1));
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
        // No inputs: the right-hand side is smooth in t.
    }
}
