using System.Numerics;

namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>
/// The vectorised inner loops of the stencil. Each works on one contiguous stretch of a row; the scalar tail computes
/// element for element the same expression as the vector body (no fused multiply–add in either), so the result of a
/// cell does not depend on where the vector lanes fall.
/// </summary>
internal static class StencilKernel
{
    /// <summary>acc[i] += w[i]·(neighbour[i] − centre[i]): the flux through one face per cell, conservative form.</summary>
    public static void AddCoupling(Span<double> acc, ReadOnlySpan<double> centre, ReadOnlySpan<double> neighbour, ReadOnlySpan<double> weight)
    {
        var n = acc.Length;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<double>.Count;
            for (; i <= n - width; i += width)
            {
                var a = new Vector<double>(acc[i..]);
                var c = new Vector<double>(centre[i..]);
                var nb = new Vector<double>(neighbour[i..]);
                var w = new Vector<double>(weight[i..]);
                (a + (w * (nb - c))).CopyTo(acc[i..]);
            }
        }

        for (; i < n; i++)
        {
            acc[i] += weight[i] * (neighbour[i] - centre[i]);
        }
    }

    /// <summary>y[i] += a·x[i].</summary>
    public static void Axpy(Span<double> y, double a, ReadOnlySpan<double> x)
    {
        var n = y.Length;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<double>.Count;
            var va = new Vector<double>(a);
            for (; i <= n - width; i += width)
            {
                (new Vector<double>(y[i..]) + (va * new Vector<double>(x[i..]))).CopyTo(y[i..]);
            }
        }

        for (; i < n; i++)
        {
            y[i] += a * x[i];
        }
    }

    /// <summary>Σ x[i]·y[i] in index order (scalar, so the rounding does not depend on the vector width).</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }
}
