using TwinVal.Numerics;

namespace TwinVal.Solvers.Neurology;

/// <summary>
/// N Epileptor nodes (Jirsa et al. 2014, Brain 137:2210, doi:10.1093/brain/awu133; node equations as in
/// <see cref="EpileptorSystem"/>, The Virtual Brain's) coupled through the slow permittivity variable (Proix et al. 2014,
/// J. Neurosci. 34:15009, doi:10.1523/JNEUROSCI.1570-14.2014, eq. 2):
/// <code>z_i′ = r·(4(x1_i − x0_i) − z_i − K·Σ_j w_ij·(x1_j − x1_i))</code>
/// Only z is coupled (Ks-type coupling in TVB terms, with TVB's Difference coupling of x1 and Ks = −K); there are no
/// delays: the synthetic connectome has no tract lengths, and permittivity coupling acts on the slow time scale anyway.
/// State layout: [x1 (N), y1 (N), z (N), x2 (N), y2 (N), g (N)], so each block is a contiguous span.
/// </summary>
internal readonly struct EpileptorNetworkSystem(EpileptorNetwork network, EpileptorParameters p, double coupling) : IOdeSystem
{
    public int Dimension => 6 * network.Count;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var n = network.Count;
        var w = network.Weights.AsSpan();
        var x0 = network.X0.AsSpan();
        for (var i = 0; i < n; i++)
        {
            var x1 = y[i];
            var y1 = y[n + i];
            var z = y[(2 * n) + i];
            var x2 = y[(3 * n) + i];
            var y2 = y[(4 * n) + i];
            var g = y[(5 * n) + i];

            // Difference coupling Σ_j w_ij (x1_j − x1_i): zero for identical neighbours, so a quiet network stays put.
            var sum = 0.0;
            var row = w.Slice(i * n, n);
            for (var j = 0; j < n; j++)
            {
                sum += row[j] * (y[j] - x1);
            }

            var zShift = z - 4.0;
            var coefficient = x1 < 0.0 ? (-(x1 * x1) + (3.0 * x1)) : (p.Slope - x2 + (0.6 * zShift * zShift));
            dydt[i] = y1 - z + p.Iext1 + (coefficient * x1);
            dydt[n + i] = 1.0 - (5.0 * x1 * x1) - y1;
            var z2 = z * z;
            var saturation = z < 0.0 ? -0.1 * z2 * z2 * z2 * z : 0.0;
            dydt[(2 * n) + i] = p.R * ((4.0 * (x1 - x0[i])) - z + saturation - (coupling * sum));
            dydt[(3 * n) + i] = -y2 + x2 - (x2 * x2 * x2) + p.Iext2 + (2.0 * g) - (0.3 * (z - 3.5));
            var f2 = x2 < -0.25 ? 0.0 : 6.0 * (x2 + 0.25);
            dydt[(4 * n) + i] = (-y2 + f2) / p.Tau2;
            dydt[(5 * n) + i] = -0.01 * (g - (0.1 * x1));
        }
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
        // Autonomous: no inputs.
    }
}
