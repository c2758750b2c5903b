using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TwinVal.Numerics.Kernels;

/// <summary>
/// The weighted sum of squares behind an adaptive integrator's error norm (Hairer, Nørsett &amp; Wanner, Solving ODEs I,
/// 2nd ed., §II.4 "Automatic step size control", doi:10.1007/978-3-540-78862-1): Σᵢ (errᵢ/skᵢ)² with skᵢ = atol + rtol·max(|yᵢ|, |y1ᵢ|),
/// in one pass that reads y, y1 and whatever the estimate reads. Vector body with one accumulator per lane, scalar
/// tail: each term is the scalar loop's value bit for bit, only the order of the additions differs (lane sums, then
/// across lanes), so the sum agrees with the sequential loop to a few ulps times √n, not exactly.
/// </summary>
internal static class WeightedRms
{
    /// <summary>Σᵢ (errᵢ/skᵢ)² over the n = <paramref name="y"/>.Length elements.</summary>
    /// <exception cref="ArgumentException">y and y1 differ in length.</exception>
    public static double SumOfSquares<TEstimate>(ReadOnlySpan<double> y, ReadOnlySpan<double> y1, double rtol, double atol, ref TEstimate estimate)
        where TEstimate : ILocalErrorEstimate, allows ref struct
    {
        if (y.Length != y1.Length)
        {
            throw new ArgumentException($"expected y1 as long as y ({y.Length}); got {y1.Length}", nameof(y1));
        }

        var n = y.Length;
        ref var y0 = ref MemoryMarshal.GetReference(y);
        ref var y10 = ref MemoryMarshal.GetReference(y1);
        var sum = 0.0;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<double>.Count;
            var (vr, va) = (new Vector<double>(rtol), new Vector<double>(atol));
            var acc = Vector<double>.Zero;
            for (; i <= n - width; i += width)
            {
                // Vector.Max is IEEE maximum (NaN-propagating) like Math.Max, so a NaN weight still makes the norm NaN.
                var sk = va + (vr * Vector.Max(Vector.Abs(Vector.LoadUnsafe(ref y0, (nuint)i)), Vector.Abs(Vector.LoadUnsafe(ref y10, (nuint)i))));
                var d = estimate.At((nuint)i) / sk;
                acc += d * d;
            }

            sum = Vector.Sum(acc);
        }

        for (; i < n; i++)
        {
            var sk = atol + (rtol * Math.Max(Math.Abs(Unsafe.Add(ref y0, i)), Math.Abs(Unsafe.Add(ref y10, i))));
            var d = estimate.At(i) / sk;
            sum += d * d;
        }

        return sum;
    }
}
