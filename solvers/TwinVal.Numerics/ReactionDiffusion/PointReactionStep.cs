namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>One explicit Runge–Kutta step of a point's local ODE, with the source added to variable 0's rate.</summary>
internal static class PointReactionStep
{
    /// <summary>Work doubles needed for <paramref name="variables"/> variables and <paramref name="tableau"/>: stage state plus one rate row per stage.</summary>
    public static int WorkLength(ButcherTableau tableau, int variables) => (1 + tableau.Stages) * variables;

    /// <summary>y ← y + h·Σ b_s k_s with k_s = f(t + c_s h, y + h·Σ_{j&lt;s} a_sj k_j) + source(x, y, z, t + c_s h)·e₀.</summary>
    public static void Step<TReaction, TSource>(
        ref TReaction reaction, ref TSource source, ButcherTableau tableau, double x, double y, double z, double t, double h,
        Span<double> state, Span<double> work)
        where TReaction : struct, IPointReaction
        where TSource : struct, IPointSource
    {
        var m = state.Length;
        var stages = tableau.Stages;
        var stage = work[..m];
        var a = tableau.A.AsSpan();
        for (var s = 0; s < stages; s++)
        {
            var k = work.Slice((1 + s) * m, m);
            state.CopyTo(stage);
            for (var j = 0; j < s; j++)
            {
                var coefficient = h * a[(s * stages) + j];
                if (coefficient != 0.0)
                {
                    var kj = work.Slice((1 + j) * m, m);
                    for (var v = 0; v < m; v++)
                    {
                        stage[v] += coefficient * kj[v];
                    }
                }
            }

            var ts = t + (tableau.C[s] * h);
            reaction.Evaluate(ts, stage, k);
            k[0] += source.Source(x, y, z, ts);
        }

        for (var s = 0; s < stages; s++)
        {
            var weight = h * tableau.B[s];
            if (weight != 0.0)
            {
                var k = work.Slice((1 + s) * m, m);
                for (var v = 0; v < m; v++)
                {
                    state[v] += weight * k[v];
                }
            }
        }
    }
}
