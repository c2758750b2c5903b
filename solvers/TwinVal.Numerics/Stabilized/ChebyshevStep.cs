using TwinVal.Numerics.Kernels;

namespace TwinVal.Numerics.Stabilized;

/// <summary>
/// One step of the damped second-order Runge–Kutta–Chebyshev formula with s stages (Verwer, Hundsdorfer &amp; Sommeijer
/// 1990, Numer. Math. 57:157–178, doi:10.1007/BF01386405; in the form of Sommeijer, Shampine &amp; Verwer 1998,
/// J. Comput. Appl. Math. 88:315–326, doi:10.1016/S0377-0427(97)00219-7, eqs. (2.1)–(2.4)):
/// Y₁ = Y₀ + μ̃₁hF₀, Y_j = (1 − μ_j − ν_j)Y₀ + μ_jY_{j−1} + ν_jY_{j−2} + μ̃_jhF_{j−1} + γ̃_jhF₀, y_{n+1} = Y_s,
/// with coefficients from the Chebyshev polynomials T_j and their derivatives at w₀ = 1 + ε/s².
/// Each stage is one <see cref="RowCombination.Sum"/> pass (SIMD; per element the plain loop's sum, bit for bit).
/// </summary>
internal static class ChebyshevStep
{
    /// <summary>Damping ε = 2/13 (the paper's choice): shrinks the interval only ≈ 2 % and keeps |R(z)| ≤ 1 − ε/3 inside it.</summary>
    public const double Damping = 2.0 / 13.0;

    /// <summary>
    /// Takes the step from (t, Y₀ = buffer <paramref name="y0"/>) to t + h with <paramref name="stages"/> stages, writing
    /// F₀ = f(t, Y₀) from buffer <paramref name="f0"/> and evaluating the inner stages into buffer <paramref name="fStage"/>.
    /// </summary>
    /// <returns>The index of the state buffer (0–3) that holds Y_s.</returns>
    public static int Take<TSystem>(ref TSystem system, double t, double h, int stages, double[] work, int n, int y0, int f0, int fStage)
        where TSystem : IOdeSystem
    {
        // Chebyshev data at w0 (eq. 2.3): T_s'(w0)/T_s''(w0) through the hyperbolic form T_s(cosh θ) = cosh(sθ).
        var w0 = 1.0 + (Damping / (stages * stages));
        var temp1 = (w0 * w0) - 1.0;
        var temp2 = Math.Sqrt(temp1);
        var arg = stages * Math.Log(w0 + temp2);
        var w1 = Math.Sinh(arg) * temp1 / ((Math.Cosh(arg) * stages * temp2) - (w0 * Math.Sinh(arg)));

        // b_j = T_j''(w0)/T_j'(w0)² for j ≥ 2 and b_0 = b_1 = b_2 (eq. 2.4): b_2 = 4/(4w0)² = 1/(2w0)².
        var bPrev = 1.0 / (4.0 * w0 * w0);
        var bPrev2 = bPrev;
        var muTilde = w1 * bPrev;

        var stage1 = FreeBuffer(y0, y0, y0);

        // Y₁ = Y₀ + (hμ̃₁)·F₀: two reads and a write rather than the general five-term combination (1·Y₀ is Y₀ exactly).
        RowCombination.Sum(work, n, stage1, [y0, f0], [1.0, h * muTilde]);
        var (prev, prev2) = (stage1, y0);
        var (thetaPrev, thetaPrev2) = (muTilde, 0.0);
        var (z1, z2, dz1, dz2, d2z1, d2z2) = (w0, 1.0, 1.0, 0.0, 0.0, 0.0);
        for (var j = 2; j <= stages; j++)
        {
            // Three-term recurrences of T_j, T_j' and T_j'' at w0.
            var z = (2 * w0 * z1) - z2;
            var dz = (2 * w0 * dz1) - dz2 + (2 * z1);
            var d2z = (2 * w0 * d2z1) - d2z2 + (4 * dz1);
            var b = d2z / (dz * dz);
            var aPrev = 1.0 - (z1 * bPrev);
            var mu = 2 * w0 * b / bPrev;
            var nu = -b / bPrev2;
            muTilde = mu * w1 / w0;

            system.Evaluate(t + (thetaPrev * h), work.AsSpan(prev * n, n), work.AsSpan(fStage * n, n));
            var next = FreeBuffer(y0, prev, prev2);
            RowCombination.Sum(work, n, next, [prev, prev2, y0, fStage, f0], [mu, nu, 1.0 - mu - nu, h * muTilde, -h * muTilde * aPrev]);

            // Stage abscissa c_j obeys the same recursion (consistency: the stage is exact for y' = 1).
            var theta = (mu * thetaPrev) + (nu * thetaPrev2) + (muTilde * (1.0 - aPrev));
            (thetaPrev2, thetaPrev) = (thetaPrev, theta);
            (prev2, prev) = (prev, next);
            (bPrev2, bPrev) = (bPrev, b);
            (z2, z1, dz2, dz1, d2z2, d2z1) = (z1, z, dz1, dz, d2z1, d2z);
        }

        return prev;
    }

    /// <summary>The first of the four state buffers that is none of the three in use.</summary>
    private static int FreeBuffer(int a, int b, int c)
    {
        var k = 0;
        while (k == a || k == b || k == c)
        {
            k++;
        }

        return k;
    }
}
