using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TwinVal.Numerics.Kernels;

/// <summary>
/// The weighted sum of squares behind an adaptive integrator's error norm (Hairer, Nørsett &amp; Wanner, Solving ODEs I,
/// 2nd ed., §II.4 "Automatic step size control", doi:10.1007/978-3-540-78862-1): Σᵢ (errᵢ/skᵢ)² with
/// skᵢ = atol + rtol·max(|yᵢ|, |y1ᵢ|), in one pass that reads y, y1 and whatever the estimate reads. Each term is the
/// plain loop's value bit for bit; the additions run in four interleaved partial sums (element i into sum i mod 4,
/// then (s₀ + s₁) + (s₂ + s₃), then the tail in order), so the sum agrees with a sequential loop to a few ulps, and is
/// the same on every machine: four lanes whatever the SIMD width, with a scalar loop in the same order where
/// <see cref="Vector{T}"/> is not four doubles wide.
/// </summary>
internal static class WeightedRms
{
    /// <summary>Partial sums: fixed, so the step-size sequence does not depend on the machine's vector width.</summary>
    public const int Lanes = 4;

    /// <summary>Σᵢ (errᵢ/skᵢ)² over the n = <paramref name="y"/>.Length elements.</summary>
    /// <exception cref="ArgumentException">y and y1 differ in length.</exception>
    public static double SumOfSquares<TEstimate>(ReadOnlySpan<double> y, ReadOnlySpan<double> y1, double rtol, double atol, ref TEstimate estimate)
        where TEstimate : ILocalErrorEstimate, allows ref struct =>
        Vector.IsHardwareAccelerated && Vector<double>.Count == Lanes
            ? Sum(y, y1, rtol, atol, ref estimate, vectorised: true)
            : Sum(y, y1, rtol, atol, ref estimate, vectorised: false);

    /// <summary>The same sum, always by the scalar four-lane loop (the path of machines without 4-wide vectors).</summary>
    /// <exception cref="ArgumentException">y and y1 differ in length.</exception>
    public static double SumOfSquaresScalar<TEstimate>(ReadOnlySpan<double> y, ReadOnlySpan<double> y1, double rtol, double atol, ref TEstimate estimate)
        where TEstimate : ILocalErrorEstimate, allows ref struct =>
        Sum(y, y1, rtol, atol, ref estimate, vectorised: false);

    private static double Sum<TEstimate>(ReadOnlySpan<double> y, ReadOnlySpan<double> y1, double rtol, double atol, ref TEstimate estimate, bool vectorised)
        where TEstimate : ILocalErrorEstimate, allows ref struct
    {
        if (y.Length != y1.Length)
        {
            throw new ArgumentException($"expected y1 as long as y ({y.Length}); got {y1.Length}", nameof(y1));
        }

        var n = y.Length;
        ref var y0 = ref MemoryMarshal.GetReference(y);
        ref var y10 = ref MemoryMarshal.GetReference(y1);
        var (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0);
        var i = 0;
        if (vectorised)
        {
            var (vr, va) = (new Vector<double>(rtol), new Vector<double>(atol));
            var acc = Vector<double>.Zero;
            for (; i <= n - Lanes; i += Lanes)
            {
                // Vector.Max is IEEE maximum (NaN-propagating) like Math.Max, so a NaN weight still makes the norm NaN.
                var sk = va + (vr * Vector.Max(Vector.Abs(Vector.LoadUnsafe(ref y0, (nuint)i)), Vector.Abs(Vector.LoadUnsafe(ref y10, (nuint)i))));
                var d = estimate.At((nuint)i) / sk;
                acc += d * d;
            }

            (s0, s1, s2, s3) = (acc[0], acc[1], acc[2], acc[3]);
        }
        else
        {
            for (; i <= n - Lanes; i += Lanes)
            {
                s0 += Term(ref y0, ref y10, rtol, atol, ref estimate, i);
                s1 += Term(ref y0, ref y10, rtol, atol, ref estimate, i + 1);
                s2 += Term(ref y0, ref y10, rtol, atol, ref estimate, i + 2);
                s3 += Term(ref y0, ref y10, rtol, atol, ref estimate, i + 3);
            }
        }

        var sum = (s0 + s1) + (s2 + s3);
        for (; i < n; i++)
        {
            sum += Term(ref y0, ref y10, rtol, atol, ref estimate, i);
        }

        return sum;
    }

    private static double Term<TEstimate>(ref double y, ref double y1, double rtol, double atol, ref TEstimate estimate, int i)
        where TEstimate : ILocalErrorEstimate, allows ref struct
    {
        var sk = atol + (rtol * Math.Max(Math.Abs(Unsafe.Add(ref y, i)), Math.Abs(Unsafe.Add(ref y1, i))));
        var d = estimate.At(i) / sk;
        return d * d;
    }
}
