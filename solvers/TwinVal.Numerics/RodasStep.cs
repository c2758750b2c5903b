using static TwinVal.Numerics.RodasCoefficients;

namespace TwinVal.Numerics;

/// <summary>The stages of one RODAS trial step and its dense-output coefficients.</summary>
internal static class RodasStep
{
    /// <summary>
    /// Forms and factors 1/(γh)·I − J. Returns −1 or the column of a zero pivot (the matrix is singular for this h).
    /// </summary>
    public static int Factor(RodasWorkspace work, double h)
    {
        var n = work.N;
        var matrix = work.Matrix.AsSpan();
        var jacobian = work.Jacobian.AsSpan();
        var diagonal = 1.0 / (Gamma * h);
        for (var i = 0; i < n * n; i++)
        {
            matrix[i] = -jacobian[i];
        }

        for (var i = 0; i < n; i++)
        {
            matrix[(i * n) + i] += diagonal;
        }

        return DenseLu.Factor(matrix, n, work.Pivots);
    }

    /// <summary>
    /// Six stages from (t, y) with the factored matrix; writes y_new and returns the scaled RMS norm of the embedded
    /// error estimate k6. Costs five right-hand-side evaluations (stage 1 reuses f(t, y)).
    /// </summary>
    public static double Attempt<TSystem>(ref TSystem system, RodasWorkspace work, double t, double h, double tNew, double rtol, double atol)
        where TSystem : IOdeSystem
    {
        var n = work.N;
        var y = work.Y;
        var s = work.Stage;
        var f = work.F;
        var dfdt = work.Dfdt;
        var k1 = work.K(1);
        var k2 = work.K(2);
        var k3 = work.K(3);
        var k4 = work.K(4);
        var k5 = work.K(5);
        var k6 = work.K(6);
        var f0 = work.F0;
        var inverseH = 1.0 / h;

        for (var i = 0; i < n; i++)
        {
            k1[i] = f0[i] + (h * D1 * dfdt[i]);
        }

        Solve(work, k1);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (A21 * k1[i]);
        }

        system.Evaluate(t + (C2 * h), s, f);
        for (var i = 0; i < n; i++)
        {
            k2[i] = f[i] + (h * D2 * dfdt[i]) + (C21 * k1[i] * inverseH);
        }

        Solve(work, k2);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (A31 * k1[i]) + (A32 * k2[i]);
        }

        system.Evaluate(t + (C3 * h), s, f);
        for (var i = 0; i < n; i++)
        {
            k3[i] = f[i] + (h * D3 * dfdt[i]) + (((C31 * k1[i]) + (C32 * k2[i])) * inverseH);
        }

        Solve(work, k3);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (A41 * k1[i]) + (A42 * k2[i]) + (A43 * k3[i]);
        }

        system.Evaluate(t + (C4 * h), s, f);
        for (var i = 0; i < n; i++)
        {
            k4[i] = f[i] + (h * D4 * dfdt[i]) + (((C41 * k1[i]) + (C42 * k2[i]) + (C43 * k3[i])) * inverseH);
        }

        Solve(work, k4);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (A51 * k1[i]) + (A52 * k2[i]) + (A53 * k3[i]) + (A54 * k4[i]);
        }

        // c5 = c6 = 1 and d5 = d6 = 0: both last stages sit at the step's end, exactly tNew on a segment's last step.
        system.Evaluate(tNew, s, f);
        for (var i = 0; i < n; i++)
        {
            k5[i] = f[i] + (((C51 * k1[i]) + (C52 * k2[i]) + (C53 * k3[i]) + (C54 * k4[i])) * inverseH);
        }

        Solve(work, k5);
        for (var i = 0; i < n; i++)
        {
            s[i] += k5[i];
        }

        system.Evaluate(tNew, s, f);
        for (var i = 0; i < n; i++)
        {
            k6[i] = f[i] + (((C61 * k1[i]) + (C62 * k2[i]) + (C63 * k3[i]) + (C64 * k4[i]) + (C65 * k5[i])) * inverseH);
        }

        Solve(work, k6);
        var yNew = work.YNew;
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            // Stiffly accurate: the order-4 solution is the last stage value plus k6; the order-3 one omits k6.
            yNew[i] = s[i] + k6[i];
            var sk = atol + (rtol * Math.Max(Math.Abs(y[i]), Math.Abs(yNew[i])));
            sum += (k6[i] / sk) * (k6[i] / sk);
        }

        return Math.Sqrt(sum / n);
    }

    /// <summary>Dense-output coefficients q1, q2 of the accepted step (before y is overwritten).</summary>
    public static void PrepareDense(RodasWorkspace work)
    {
        var q1 = work.Q1;
        var q2 = work.Q2;
        var k1 = work.K(1);
        var k2 = work.K(2);
        var k3 = work.K(3);
        var k4 = work.K(4);
        var k5 = work.K(5);
        for (var i = 0; i < work.N; i++)
        {
            q1[i] = (D21 * k1[i]) + (D22 * k2[i]) + (D23 * k3[i]) + (D24 * k4[i]) + (D25 * k5[i]);
            q2[i] = (D31 * k1[i]) + (D32 * k2[i]) + (D33 * k3[i]) + (D34 * k4[i]) + (D35 * k5[i]);
        }
    }

    private static void Solve(RodasWorkspace work, Span<double> rhs) => DenseLu.Solve(work.Matrix, work.N, work.Pivots, rhs);
}
