using TwinVal.Numerics.Kernels;

namespace TwinVal.Numerics.Stabilized;

/// <summary>
/// One ROCK4 step (Abdulle 2002, SIAM J. Sci. Comput. 23:2041–2054, doi:10.1137/S1064827500379549, §3–4): the
/// three-term recurrence of degree m, Y₁ = Y₀ + hμ₁F₀, Y_j = h·a_j·f(Y_(j−1)) + (1 + b_j)·Y_(j−1) − b_j·Y_(j−2), then the
/// four-stage finishing procedure K_k = f(Y_m + hΣ_(l&lt;k) a_kl·K_l), y_(n+1) = Y_m + hΣb_k·K_k. The composition is of
/// order four (<see cref="Rock4Coefficients"/>). Buffer indices refer to n-sized slices of one work array, which the
/// <see cref="RowCombination"/> kernels combine in one SIMD pass each.
/// </summary>
internal static class Rock4Step
{
    /// <summary>Work-array slots: four state buffers 0–3, F₀ and f(y_(n+1)) in 4–5, K₁…K₄ in 6–9.</summary>
    public const int Slots = 10;

    /// <summary>First slot of K₁…K₄ (K₄'s slot doubles as the recurrence's derivative buffer: K₄ is written last).</summary>
    public const int FirstK = 6;

    /// <summary>
    /// Takes the step from (t, state buffer <paramref name="y0"/>, derivative buffer <paramref name="f0"/>) with a
    /// polynomial of degree <paramref name="degree"/>; leaves K₁…K₄ in their slots for the error estimate.
    /// </summary>
    /// <returns>The state buffer (0–3, not <paramref name="y0"/>) that holds y_(n+1).</returns>
    public static int Take<TSystem>(ref TSystem system, double t, double h, int degree, double[] work, int n, int y0, int f0)
        where TSystem : IOdeSystem
    {
        var recurrence = Rock4Coefficients.Recurrence.Slice((degree - 1) * (degree - 1), (2 * degree) - 1);
        var scratchF = Slice(work, n, FirstK + 3);
        var (prev2, prev) = (y0, Free(y0, y0, y0));
        RowCombination.Sum(work, n, prev, [y0, f0], [1.0, h * recurrence[0]]);
        var (cPrev2, cPrev) = (0.0, recurrence[0]);
        for (var j = 2; j <= degree; j++)
        {
            var (a, b) = (recurrence[(2 * j) - 3], recurrence[(2 * j) - 2]);
            system.Evaluate(t + (cPrev * h), Slice(work, n, prev), scratchF);
            var next = Free(y0, prev, prev2);
            RowCombination.Sum(work, n, next, [FirstK + 3, prev, prev2], [h * a, 1 + b, -b]);

            // The stage abscissa obeys the same recurrence (the stage is exact for y' = 1).
            (cPrev2, cPrev) = (cPrev, (a + ((1 + b) * cPrev)) - (b * cPrev2));
            (prev2, prev) = (prev, next);
        }

        return Finish(ref system, t, h, degree, work, n, y0, prev, cPrev);
    }

    /// <summary>The finishing procedure from Y_m in buffer <paramref name="ym"/> at abscissa <paramref name="cm"/>.</summary>
    private static int Finish<TSystem>(ref TSystem system, double t, double h, int degree, double[] work, int n, int y0, int ym, double cm)
        where TSystem : IOdeSystem
    {
        var a = Rock4Coefficients.FinishingA.Slice((degree - 1) * 6, 6);
        var b = Rock4Coefficients.FinishingB.Slice((degree - 1) * 4, 4);
        var stage = Free(y0, ym, ym);
        var result = Free(y0, ym, stage);
        var yM = Slice(work, n, ym);
        var u = Slice(work, n, stage);
        var k1 = Slice(work, n, FirstK);
        var k2 = Slice(work, n, FirstK + 1);
        var k3 = Slice(work, n, FirstK + 2);
        var k4 = Slice(work, n, FirstK + 3);

        system.Evaluate(t + (cm * h), yM, k1);
        RowCombination.Sum(work, n, stage, [ym, FirstK], [1.0, h * a[0]]);
        system.Evaluate(t + ((cm + a[0]) * h), u, k2);
        RowCombination.Sum(work, n, stage, [ym, FirstK, FirstK + 1], [1.0, h * a[1], h * a[2]]);
        system.Evaluate(t + ((cm + a[1] + a[2]) * h), u, k3);
        RowCombination.Sum(work, n, stage, [ym, FirstK, FirstK + 1, FirstK + 2], [1.0, h * a[3], h * a[4], h * a[5]]);
        system.Evaluate(t + ((cm + a[3] + a[4] + a[5]) * h), u, k4);
        RowCombination.Sum(work, n, result, [ym, FirstK, FirstK + 1, FirstK + 2, FirstK + 3], [1.0, h * b[0], h * b[1], h * b[2], h * b[3]]);
        return result;
    }

    private static Span<double> Slice(double[] work, int n, int slot) => work.AsSpan(slot * n, n);

    /// <summary>The first of the four state buffers that is none of the three in use.</summary>
    private static int Free(int a, int b, int c)
    {
        var k = 0;
        while (k == a || k == b || k == c)
        {
            k++;
        }

        return k;
    }
}
