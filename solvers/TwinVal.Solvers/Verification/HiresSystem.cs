using TwinVal.Numerics;

namespace TwinVal.Solvers.Verification;

/// <summary>
/// HIRES, eight reactions of plant morphogenesis under high irradiance (Schäfer 1975, doi:10.1007/BF00281190), as
/// problem "hires" of the Test Set for IVP Solvers (Mazzia &amp; Magherini, Univ. Bari, release 2.4, section II.1.7 —
/// the HIRES problem). Dimensionless concentrations; the rate constants are the test set's, fixed.
/// </summary>
internal readonly struct HiresSystem : IOdeJacobian
{
    private const int N = 8;

    public int Dimension => N;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> f)
    {
        f[0] = (-1.71 * y[0]) + (0.43 * y[1]) + (8.32 * y[2]) + 0.0007;
        f[1] = (1.71 * y[0]) - (8.75 * y[1]);
        f[2] = (-10.03 * y[2]) + (0.43 * y[3]) + (0.035 * y[4]);
        f[3] = (8.32 * y[1]) + (1.71 * y[2]) - (1.12 * y[3]);
        f[4] = (-1.745 * y[4]) + (0.43 * y[5]) + (0.43 * y[6]);
        f[5] = (-280 * y[5] * y[7]) + (0.69 * y[3]) + (1.71 * y[4]) - (0.43 * y[5]) + (0.69 * y[6]);
        f[6] = (280 * y[5] * y[7]) - (1.81 * y[6]);
        f[7] = -f[6];
    }

    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt)
    {
        dfdy.Clear();
        dfdt.Clear();
        Set(dfdy, 0, 0, -1.71);
        Set(dfdy, 0, 1, 0.43);
        Set(dfdy, 0, 2, 8.32);
        Set(dfdy, 1, 0, 1.71);
        Set(dfdy, 1, 1, -8.75);
        Set(dfdy, 2, 2, -10.03);
        Set(dfdy, 2, 3, 0.43);
        Set(dfdy, 2, 4, 0.035);
        Set(dfdy, 3, 1, 8.32);
        Set(dfdy, 3, 2, 1.71);
        Set(dfdy, 3, 3, -1.12);
        Set(dfdy, 4, 4, -1.745);
        Set(dfdy, 4, 5, 0.43);
        Set(dfdy, 4, 6, 0.43);
        Set(dfdy, 5, 3, 0.69);
        Set(dfdy, 5, 4, 1.71);
        Set(dfdy, 5, 5, (-280 * y[7]) - 0.43);
        Set(dfdy, 5, 6, 0.69);
        Set(dfdy, 5, 7, -280 * y[5]);
        Set(dfdy, 6, 5, 280 * y[7]);
        Set(dfdy, 6, 6, -1.81);
        Set(dfdy, 6, 7, 280 * y[5]);
        Set(dfdy, 7, 5, -280 * y[7]);
        Set(dfdy, 7, 6, 1.81);
        Set(dfdy, 7, 7, -280 * y[5]);
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }

    private static void Set(Span<double> j, int row, int column, double value) => j[(row * N) + column] = value;
}
