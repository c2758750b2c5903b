using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TwinVal.Numerics.Kernels;

namespace TwinVal.Numerics.Stabilized;

/// <summary>
/// RKC's local error estimate est = 0.8(y_n − y_{n+1}) + 0.4h(f_n + f_{n+1}) (Sommeijer, Shampine &amp; Verwer 1998, §4,
/// doi:10.1016/S0377-0427(97)00219-7), element by element in the order of the plain loop.
/// </summary>
internal readonly ref struct ChebyshevErrorEstimate(
    ReadOnlySpan<double> y, ReadOnlySpan<double> yNew, ReadOnlySpan<double> f, ReadOnlySpan<double> fNew, double h) : ILocalErrorEstimate
{
    private readonly ref readonly double y0 = ref MemoryMarshal.GetReference(y);
    private readonly ref readonly double y1 = ref MemoryMarshal.GetReference(yNew);
    private readonly ref readonly double f0 = ref MemoryMarshal.GetReference(f);
    private readonly ref readonly double f1 = ref MemoryMarshal.GetReference(fNew);

    // 0.4·h is rounded once, as the scalar 0.4 * h * (f + fNew) evaluates it left to right.
    private readonly double halfStep = 0.4 * h;

    /// <inheritdoc/>
    public Vector<double> At(nuint i) =>
        (new Vector<double>(0.8) * (Vector.LoadUnsafe(in y0, i) - Vector.LoadUnsafe(in y1, i)))
        + (new Vector<double>(halfStep) * (Vector.LoadUnsafe(in f0, i) + Vector.LoadUnsafe(in f1, i)));

    /// <inheritdoc/>
    public double At(int i) =>
        (0.8 * (Element(in y0, i) - Element(in y1, i))) + (halfStep * (Element(in f0, i) + Element(in f1, i)));

    private static double Element(ref readonly double origin, int i) => Unsafe.Add(ref Unsafe.AsRef(in origin), i);
}
