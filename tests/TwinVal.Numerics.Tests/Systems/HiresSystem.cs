using TwinVal.Numerics;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>
/// HIRES (Schäfer 1975; Mazzia &amp; Magherini, Test Set for IVP Solvers, Univ. Bari, problem "hires"): eight
/// reactions of plant morphogenesis under high irradiance, t ∈ [0, 321.8122].
/// </summary>
internal readonly struct HiresSystem : IOdeJacobian
{
    public static readonly double[] Initial = [1, 0, 0, 0, 0, 0, 0, 0.0057];

    public int Dimension => 8;

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

    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> j, Span<double> dfdt)
    {
        j.Clear();
        dfdt.Clear();
        Set(j, 0, 0, -1.71); Set(j, 0, 1, 0.43); Set(j, 0, 2, 8.32);
        Set(j, 1, 0, 1.71); Set(j, 1, 1, -8.75);
        Set(j, 2, 2, -10.03); Set(j, 2, 3, 0.43); Set(j, 2, 4, 0.035);
        Set(j, 3, 1, 8.32); Set(j, 3, 2, 1.71); Set(j, 3, 3, -1.12);
        Set(j, 4, 4, -1.745); Set(j, 4, 5, 0.43); Set(j, 4, 6, 0.43);
        Set(j, 5, 3, 0.69); Set(j, 5, 4, 1.71); Set(j, 5, 5, (-280 * y[7]) - 0.43); Set(j, 5, 6, 0.69); Set(j, 5, 7, -280 * y[5]);
        Set(j, 6, 5, 280 * y[7]); Set(j, 6, 6, -1.81); Set(j, 6, 7, 280 * y[5]);
        Set(j, 7, 5, -280 * y[7]); Set(j, 7, 6, 1.81); Set(j, 7, 7, -280 * y[5]);
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }

    private static void Set(Span<double> j, int row, int column, double value) => j[(row * 8) + column] = value;
}
