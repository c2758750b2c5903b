using TwinVal.Numerics;

namespace TwinVal.Numerics.Tests.Stabilized;

/// <summary>
/// u_t = u_xx on (0, 1), u = 0 at both ends, central differences on n interior points (dx = 1/(n + 1)): a stiff linear
/// system with eigenvectors sin(kπx_i) and eigenvalues λ_k = −(4/dx²)·sin²(kπ·dx/2), k = 1…n (hand derivation:
/// sin(a − b) + sin(a + b) − 2 sin a = −4 sin²(b/2) sin a), so the semi-discrete solution is known exactly.
/// </summary>
internal readonly struct HeatLineSystem(int n) : IOdeSystem
{
    public int Dimension => n;

    public double Dx => 1.0 / (n + 1);

    /// <summary>Spectral radius 4/dx² (Gershgorin; |λ_n| is just below it).</summary>
    public double SpectralRadius => 4 / (Dx * Dx);

    public double Eigenvalue(int k)
    {
        var s = Math.Sin(k * Math.PI * Dx / 2);
        return -4 / (Dx * Dx) * s * s;
    }

    /// <summary>Mode k at grid point i (1-based x_i = i·dx).</summary>
    public double Mode(int k, int i) => Math.Sin(k * Math.PI * (i + 1) * Dx);

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var inverse = 1 / (Dx * Dx);
        for (var i = 0; i < y.Length; i++)
        {
            var left = i > 0 ? y[i - 1] : 0.0;
            var right = i < y.Length - 1 ? y[i + 1] : 0.0;
            dydt[i] = (left - (2 * y[i]) + right) * inverse;
        }
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
