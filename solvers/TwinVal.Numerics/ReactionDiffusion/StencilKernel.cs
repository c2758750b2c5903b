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

    /// <summary>
    /// acc = the x and y couplings of one row of a 1-D or 2-D grid in a single sweep: per cell
    /// ((((0 + left) + right) + below) + above), each term w·(neighbour − centre), a term absent where the neighbour is
    /// (row ends; <paramref name="below"/>/<paramref name="above"/> empty on the first/last row). That is the order and
    /// the arithmetic of the multi-pass AddCoupling sequence (clear, x-left, x-right, y-below, y-above), so the sums are
    /// bit-identical to it; one sweep reads each input once instead of reloading the row five times.
    /// </summary>
    /// <param name="acc">Destination row (Nx values).</param>
    /// <param name="centre">The row's field values.</param>
    /// <param name="wx">x-face weights of the row: wx[i] couples cell i to i + 1 (the last one unused).</param>
    /// <param name="below">Field of the row below, or empty.</param>
    /// <param name="wBelow">Weights of the faces to the row below (empty with it).</param>
    /// <param name="above">Field of the row above, or empty.</param>
    /// <param name="wAbove">Weights of the faces to the row above.</param>
    public static void CouplingsInPlane(
        Span<double> acc,
        ReadOnlySpan<double> centre,
        ReadOnlySpan<double> wx,
        ReadOnlySpan<double> below,
        ReadOnlySpan<double> wBelow,
        ReadOnlySpan<double> above,
        ReadOnlySpan<double> wAbove)
    {
        var n = acc.Length;
        var hasBelow = !below.IsEmpty;
        var hasAbove = !above.IsEmpty;
        if (n == 1)
        {
            acc[0] = Vertical(0.0, 0, centre[0], hasBelow, below, wBelow, hasAbove, above, wAbove);
            return;
        }

        // The two row ends have one x-neighbour each: scalar, so that the missing face adds no term at all.
        acc[0] = Vertical(0.0 + (wx[0] * (centre[1] - centre[0])), 0, centre[0], hasBelow, below, wBelow, hasAbove, above, wAbove);
        var i = 1;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<double>.Count;
            var zero = Vector<double>.Zero;

            // Interior cells i … i + width − 1 (all with both x-neighbours): i + width ≤ n − 1.
            for (; i <= n - 1 - width; i += width)
            {
                var c = new Vector<double>(centre[i..]);
                var a = zero + (new Vector<double>(wx[(i - 1)..]) * (new Vector<double>(centre[(i - 1)..]) - c));
                a += new Vector<double>(wx[i..]) * (new Vector<double>(centre[(i + 1)..]) - c);
                if (hasBelow)
                {
                    a += new Vector<double>(wBelow[i..]) * (new Vector<double>(below[i..]) - c);
                }

                if (hasAbove)
                {
                    a += new Vector<double>(wAbove[i..]) * (new Vector<double>(above[i..]) - c);
                }

                a.CopyTo(acc[i..]);
            }
        }

        for (; i < n - 1; i++)
        {
            var c = centre[i];
            var x = (0.0 + (wx[i - 1] * (centre[i - 1] - c))) + (wx[i] * (centre[i + 1] - c));
            acc[i] = Vertical(x, i, c, hasBelow, below, wBelow, hasAbove, above, wAbove);
        }

        var last = n - 1;
        acc[last] = Vertical(0.0 + (wx[last - 1] * (centre[last - 1] - centre[last])), last, centre[last], hasBelow, below, wBelow, hasAbove, above, wAbove);
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

    private static double Vertical(
        double sum, int i, double c, bool hasBelow, ReadOnlySpan<double> below, ReadOnlySpan<double> wBelow, bool hasAbove, ReadOnlySpan<double> above, ReadOnlySpan<double> wAbove)
    {
        if (hasBelow)
        {
            sum += wBelow[i] * (below[i] - c);
        }

        if (hasAbove)
        {
            sum += wAbove[i] * (above[i] - c);
        }

        return sum;
    }
}
