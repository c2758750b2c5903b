using static TwinVal.Numerics.DormandPrinceCoefficients;

namespace TwinVal.Numerics;

/// <summary>
/// Shampine's fourth-order continuous extension of an accepted Dormand–Prince step (Shampine 1986, Math. Comp. 46:135–150,
/// doi:10.1090/S0025-5718-1986-0815836-3; in the form of Hairer's DOPRI5, Hairer, Nørsett &amp; Wanner, Solving ODEs I,
/// 2nd ed., §II.6, doi:10.1007/978-3-540-78862-1): y(t + θh) ≈ y0 + θ·(r2 + (1 − θ)·(r3 + θ·(r4 + (1 − θ)·r5))).
/// It reads y0 and r2…r5 from the integrator's work array (after <see cref="Prepare"/>), so it allocates nothing.
/// </summary>
internal readonly struct DormandPrinceInterpolant(double[] work, int n) : IDenseInterpolant
{
    // Offsets (in rows of n) of the work array's blocks: y, y1, k1 and k3…k7, then the dense coefficients r2…r5.
    private const int Y = 0, Y1 = 1, K1 = 3, K3 = 5, K4 = 6, K5 = 7, K6 = 8, K7 = 9, R2 = 10, R3 = 11, R4 = 12, R5 = 13;

    /// <summary>
    /// Computes r2…r5 from the accepted step of size <paramref name="h"/>: r2 = y1 − y0, r3 = h·k1 − r2,
    /// r4 = r2 − h·k7 − r3 (these make the extension a cubic Hermite interpolant at θ = 0 and 1 plus a quartic bubble),
    /// r5 = h·Σ d_i·k_i (Shampine's bubble weight, which raises the order from 3 to 4).
    /// </summary>
    public static void Prepare(double[] work, int n, double h)
    {
        var y = work.AsSpan(Y * n, n);
        var y1 = work.AsSpan(Y1 * n, n);
        var k1 = work.AsSpan(K1 * n, n);
        var k3 = work.AsSpan(K3 * n, n);
        var k4 = work.AsSpan(K4 * n, n);
        var k5 = work.AsSpan(K5 * n, n);
        var k6 = work.AsSpan(K6 * n, n);
        var k7 = work.AsSpan(K7 * n, n);
        var r2 = work.AsSpan(R2 * n, n);
        var r3 = work.AsSpan(R3 * n, n);
        var r4 = work.AsSpan(R4 * n, n);
        var r5 = work.AsSpan(R5 * n, n);
        for (var i = 0; i < n; i++)
        {
            r2[i] = y1[i] - y[i];
            r3[i] = (h * k1[i]) - r2[i];
            r4[i] = r2[i] - (h * k7[i]) - r3[i];
            r5[i] = h * ((D1 * k1[i]) + (D3 * k3[i]) + (D4 * k4[i]) + (D5 * k5[i]) + (D6 * k6[i]) + (D7 * k7[i]));
        }
    }

    public double Component(double theta, int component)
    {
        var theta1 = 1.0 - theta;
        var y = work[(Y * n) + component];
        var r2 = work[(R2 * n) + component];
        var r3 = work[(R3 * n) + component];
        var r4 = work[(R4 * n) + component];
        var r5 = work[(R5 * n) + component];
        return y + (theta * (r2 + (theta1 * (r3 + (theta * (r4 + (theta1 * r5)))))));
    }

    public void State(double theta, Span<double> destination)
    {
        for (var i = 0; i < n; i++)
        {
            destination[i] = Component(theta, i);
        }
    }
}
