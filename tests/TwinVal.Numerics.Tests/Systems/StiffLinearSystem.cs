using TwinVal.Numerics;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>
/// y′ = A(y − g(t)) + g′(t) in three dimensions with A = Q·diag(λ)·Qᵀ (Q a product of two plane rotations, λ &lt; 0)
/// and g(t) = (sin t, cos 2t, 1 + t/2): the exact solution is y = g(t) + Q·diag(e^{λt})·Qᵀ(y0 − g(0)). Prothero–Robinson
/// type: the fast modes decay within 1/|λ| and the slow forced solution g remains, which is what stiff solvers must track.
/// </summary>
internal readonly struct StiffLinearSystem : IOdeSystem
{
    private readonly double[] q;
    private readonly double[] lambda;
    private readonly double[] a;

    public StiffLinearSystem(double[] eigenvalues, double angle1, double angle2)
    {
        lambda = eigenvalues;
        var (c1, s1, c2, s2) = (Math.Cos(angle1), Math.Sin(angle1), Math.Cos(angle2), Math.Sin(angle2));
        double[] r1 = [c1, -s1, 0, s1, c1, 0, 0, 0, 1];
        double[] r2 = [1, 0, 0, 0, c2, -s2, 0, s2, c2];
        q = Multiply(r1, r2);
        a = new double[9];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                for (var k = 0; k < 3; k++)
                {
                    a[(i * 3) + j] += q[(i * 3) + k] * lambda[k] * q[(j * 3) + k];
                }
            }
        }
    }

    public int Dimension => 3;

    public static (double, double, double) G(double t) => (Math.Sin(t), Math.Cos(2 * t), 1 + (t / 2));

    public double[] Exact(double t, double[] y0)
    {
        var (g0, g1, g2) = G(0);
        double[] d = [y0[0] - g0, y0[1] - g1, y0[2] - g2];
        var (h0, h1, h2) = G(t);
        double[] result = [h0, h1, h2];
        for (var k = 0; k < 3; k++)
        {
            var projection = (q[k] * d[0]) + (q[3 + k] * d[1]) + (q[6 + k] * d[2]);
            var decayed = Math.Exp(lambda[k] * t) * projection;
            for (var i = 0; i < 3; i++)
            {
                result[i] += q[(i * 3) + k] * decayed;
            }
        }

        return result;
    }

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> f)
    {
        var (g0, g1, g2) = G(t);
        Span<double> dg = [Math.Cos(t), -2 * Math.Sin(2 * t), 0.5];
        Span<double> e = [y[0] - g0, y[1] - g1, y[2] - g2];
        for (var i = 0; i < 3; i++)
        {
            f[i] = (a[i * 3] * e[0]) + (a[(i * 3) + 1] * e[1]) + (a[(i * 3) + 2] * e[2]) + dg[i];
        }
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }

    private static double[] Multiply(double[] x, double[] y)
    {
        var r = new double[9];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                for (var k = 0; k < 3; k++)
                {
                    r[(i * 3) + j] += x[(i * 3) + k] * y[(k * 3) + j];
                }
            }
        }

        return r;
    }
}
