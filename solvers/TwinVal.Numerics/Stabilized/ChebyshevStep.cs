using System.Numerics;

namespace TwinVal.Numerics.Stabilized;

/// <summary>
/// One step of the damped second-order Runge–Kutta–Chebyshev formula with s stages (Verwer, Hundsdorfer &amp; Sommeijer
/// 1990, Numer. Math. 57:157–178, doi:10.1007/BF01386405; in the form of Sommeijer, Shampine &amp; Verwer 1998,
/// J. Comput. Appl. Math. 88:315–326, doi:10.1016/S0377-0427(97)00219-7, eqs. (2.1)–(2.4)):
/// Y₁ = Y₀ + μ̃₁hF₀, Y_j = (1 − μ_j − ν_j)Y₀ + μ_jY_{j−1} + ν_jY_{j−2} + μ̃_jhF_{j−1} + γ̃_jhF₀, y_{n+1} = Y_s,
/// with coefficients from the Chebyshev polynomials T_j and their derivatives at w₀ = 1 + ε/s².
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
        EulerStage(work.AsSpan(stage1 * n, n), work.AsSpan(y0 * n, n), h * muTilde, work.AsSpan(f0 * n, n));
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
            Combine(
                work.AsSpan(next * n, n), mu, work.AsSpan(prev * n, n), nu, work.AsSpan(prev2 * n, n), 1.0 - mu - nu,
                work.AsSpan(y0 * n, n), h * muTilde, work.AsSpan(fStage * n, n), -h * muTilde * aPrev, work.AsSpan(f0 * n, n));

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

    /// <summary>Y₁ = Y₀ + α·F₀: two reads and a write rather than the general five-term combination.</summary>
    private static void EulerStage(Span<double> output, ReadOnlySpan<double> y0, double alpha, ReadOnlySpan<double> f0)
    {
        var n = output.Length;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<double>.Count;
            var va = new Vector<double>(alpha);
            for (; i <= n - width; i += width)
            {
                (new Vector<double>(y0[i..]) + (va * new Vector<double>(f0[i..]))).CopyTo(output[i..]);
            }
        }

        for (; i < n; i++)
        {
            output[i] = y0[i] + (alpha * f0[i]);
        }
    }

    /// <summary>out = μ·p + ν·q + κ·y0 + α·f + β·f0, one pass (vectorised body, same expression in the scalar tail).</summary>
    private static void Combine(
        Span<double> output, double mu, ReadOnlySpan<double> p, double nu, ReadOnlySpan<double> q, double kappa,
        ReadOnlySpan<double> y0, double alpha, ReadOnlySpan<double> f, double beta, ReadOnlySpan<double> f0)
    {
        var n = output.Length;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<double>.Count;
            var (vm, vn, vk, va, vb) = (new Vector<double>(mu), new Vector<double>(nu), new Vector<double>(kappa), new Vector<double>(alpha), new Vector<double>(beta));
            for (; i <= n - width; i += width)
            {
                var sum = (vm * new Vector<double>(p[i..])) + (vn * new Vector<double>(q[i..])) + (vk * new Vector<double>(y0[i..]))
                    + (va * new Vector<double>(f[i..])) + (vb * new Vector<double>(f0[i..]));
                sum.CopyTo(output[i..]);
            }
        }

        for (; i < n; i++)
        {
            output[i] = (mu * p[i]) + (nu * q[i]) + (kappa * y0[i]) + (alpha * f[i]) + (beta * f0[i]);
        }
    }
}
