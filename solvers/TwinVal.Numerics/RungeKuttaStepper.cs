namespace TwinVal.Numerics;

/// <summary>One explicit Runge–Kutta step with a <see cref="ButcherTableau"/>; work arrays allocated once per integration.</summary>
internal struct RungeKuttaStepper<TSystem>(ButcherTableau tableau, int n) : IFixedStepper<TSystem>
    where TSystem : IOdeSystem
{
    // Stage state, then one derivative row per stage.
    private readonly double[] work = new double[(1 + tableau.Stages) * n];

    public readonly string Name => tableau.Name;

    public readonly int EvaluationsPerStep => tableau.Stages;

    /// <summary>y ← y + h·Σ b_s k_s with k_s = f(t + c_s h, y + h·Σ_{j&lt;s} a_sj k_j).</summary>
    public readonly void Step(ref TSystem system, double t, double h, Span<double> y)
    {
        var stage = work.AsSpan(0, n);
        var stages = tableau.Stages;
        var a = tableau.A.AsSpan();
        for (var s = 0; s < stages; s++)
        {
            var k = K(s);
            if (s == 0)
            {
                system.Evaluate(t, y, k);
                continue;
            }

            y.CopyTo(stage);
            for (var j = 0; j < s; j++)
            {
                var coefficient = h * a[(s * stages) + j];
                if (coefficient != 0.0)
                {
                    var kj = K(j);
                    for (var i = 0; i < n; i++)
                    {
                        stage[i] += coefficient * kj[i];
                    }
                }
            }

            system.Evaluate(t + (tableau.C[s] * h), stage, k);
        }

        for (var s = 0; s < stages; s++)
        {
            var weight = h * tableau.B[s];
            if (weight != 0.0)
            {
                var k = K(s);
                for (var i = 0; i < n; i++)
                {
                    y[i] += weight * k[i];
                }
            }
        }
    }

    private readonly Span<double> K(int s) => work.AsSpan((1 + s) * n, n);
}
