using TwinVal.Numerics;

namespace TwinVal.Solvers.Verification;

/// <summary>
/// ROBER, Robertson's autocatalytic reaction kinetics (Robertson 1966, in Numerical Analysis: an Introduction,
/// Academic Press, pp. 178–182), problem "rober" of the Test Set for IVP Solvers (Mazzia &amp; Magherini, Univ. Bari,
/// release 2.4, section II.1.2): y1′ = −k1·y1 + k3·y2·y3, y2′ = k1·y1 − k2·y2² − k3·y2·y3, y3′ = k2·y2². Dimensionless
/// concentrations, rate constants in 1/s.
/// </summary>
internal readonly struct RoberSystem(double k1, double k2, double k3) : IOdeJacobian
{
    public int Dimension => 3;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> f)
    {
        f[0] = (-k1 * y[0]) + (k3 * y[1] * y[2]);
        f[2] = k2 * y[1] * y[1];

        // y2′ as −(y1′ + y3′): the exact conservation y1 + y2 + y3 = 1 then holds to round-off in every stage.
        f[1] = -f[0] - f[2];
    }

    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt)
    {
        dfdt.Clear();
        dfdy[0] = -k1;
        dfdy[1] = k3 * y[2];
        dfdy[2] = k3 * y[1];
        dfdy[3] = k1;
        dfdy[4] = (-k3 * y[2]) - (2 * k2 * y[1]);
        dfdy[5] = -k3 * y[1];
        dfdy[6] = 0;
        dfdy[7] = 2 * k2 * y[1];
        dfdy[8] = 0;
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
