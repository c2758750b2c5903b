using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TwinVal.Numerics.Kernels;
using static TwinVal.Numerics.DormandPrinceCoefficients;

namespace TwinVal.Numerics;

/// <summary>
/// The Dormand–Prince 5(4) error estimate err = h·Σ eⱼkⱼ (Dormand &amp; Prince 1980, doi:10.1016/0771-050X(80)90013-3,
/// e = b − b̂) as h·(P + e₇k₇), with P = e₁k₁ + e₃k₃ + e₄k₄ + e₅k₅ + e₆k₆ written by the new-solution pass from the same
/// reads (so the error pass reads P and k₇ instead of five stages): the sum in the order of the plain loop, bit for bit.
/// </summary>
internal readonly ref struct DormandPrinceErrorEstimate(ReadOnlySpan<double> partial, ReadOnlySpan<double> k7, double h) : ILocalErrorEstimate
{
    private readonly ref readonly double p = ref MemoryMarshal.GetReference(partial);
    private readonly ref readonly double k = ref MemoryMarshal.GetReference(k7);

    /// <inheritdoc/>
    public Vector<double> At(nuint i) =>
        new Vector<double>(h) * (Vector.LoadUnsafe(in p, i) + (new Vector<double>(E7) * Vector.LoadUnsafe(in k, i)));

    /// <inheritdoc/>
    public double At(int i) => h * (Unsafe.Add(ref Unsafe.AsRef(in p), i) + (E7 * Unsafe.Add(ref Unsafe.AsRef(in k), i)));
}
