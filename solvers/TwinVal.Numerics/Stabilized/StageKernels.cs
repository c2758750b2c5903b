using System.Numerics;

namespace TwinVal.Numerics.Stabilized;

/// <summary>
/// The vector updates of a stabilised Runge–Kutta step, each one pass over memory with a <see cref="Vector{T}"/> body and
/// the same expression in the scalar tail (so results do not depend on the vector width beyond fused rounding).
/// </summary>
internal static class StageKernels
{
    /// <summary>output = y + α·k.</summary>
    public static void AddScaled(Span<double> output, ReadOnlySpan<double> y, double alpha, ReadOnlySpan<double> k) =>
        Recur(output, alpha, k, 1.0, y, 0.0, y);

    /// <summary>output = α·f + β·p + γ·q (the three-term recurrence; γ = 0 reads q but ignores it).</summary>
    public static void Recur(Span<double> output, double alpha, ReadOnlySpan<double> f, double beta, ReadOnlySpan<double> p, double gamma, ReadOnlySpan<double> q)
    {
        var n = output.Length;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var (va, vb, vc) = (new Vector<double>(alpha), new Vector<double>(beta), new Vector<double>(gamma));
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                ((va * new Vector<double>(f[i..])) + (vb * new Vector<double>(p[i..])) + (vc * new Vector<double>(q[i..]))).CopyTo(output[i..]);
            }
        }

        for (; i < n; i++)
        {
            output[i] = (alpha * f[i]) + (beta * p[i]) + (gamma * q[i]);
        }
    }

    /// <summary>output = y + α₁k₁ + α₂k₂.</summary>
    public static void AddScaled(Span<double> output, ReadOnlySpan<double> y, double a1, ReadOnlySpan<double> k1, double a2, ReadOnlySpan<double> k2) =>
        Recur(output, a1, k1, a2, k2, 1.0, y);

    /// <summary>output = y + α₁k₁ + α₂k₂ + α₃k₃.</summary>
    public static void AddScaled(
        Span<double> output, ReadOnlySpan<double> y, double a1, ReadOnlySpan<double> k1, double a2, ReadOnlySpan<double> k2, double a3, ReadOnlySpan<double> k3) =>
        AddScaled(output, y, a1, k1, a2, k2, a3, k3, 0.0, k3);

    /// <summary>output = y + α₁k₁ + α₂k₂ + α₃k₃ + α₄k₄.</summary>
    public static void AddScaled(
        Span<double> output, ReadOnlySpan<double> y, double a1, ReadOnlySpan<double> k1, double a2, ReadOnlySpan<double> k2,
        double a3, ReadOnlySpan<double> k3, double a4, ReadOnlySpan<double> k4)
    {
        var n = output.Length;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var (v1, v2, v3, v4) = (new Vector<double>(a1), new Vector<double>(a2), new Vector<double>(a3), new Vector<double>(a4));
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                var sum = new Vector<double>(y[i..]) + (v1 * new Vector<double>(k1[i..])) + (v2 * new Vector<double>(k2[i..]))
                    + (v3 * new Vector<double>(k3[i..])) + (v4 * new Vector<double>(k4[i..]));
                sum.CopyTo(output[i..]);
            }
        }

        for (; i < n; i++)
        {
            output[i] = y[i] + (a1 * k1[i]) + (a2 * k2[i]) + (a3 * k3[i]) + (a4 * k4[i]);
        }
    }
}
