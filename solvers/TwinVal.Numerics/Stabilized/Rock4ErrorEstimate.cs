using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TwinVal.Numerics.Kernels;

namespace TwinVal.Numerics.Stabilized;

/// <summary>
/// ROCK4's local error estimate y_(n+1) − ŷ_(n+1) = d₁K₁ + d₂K₂ + d₃K₃ + d₄K₄ + d₅f(y_(n+1)), with dₖ = h(bₖ − b̂ₖ) and
/// d₅ = −h·b̂₅ (Abdulle 2002, doi:10.1137/S1064827500379549, §4), element by element in the order of the plain loop.
/// </summary>
internal readonly ref struct Rock4ErrorEstimate : ILocalErrorEstimate
{
    private readonly ref readonly double k1;
    private readonly ref readonly double k2;
    private readonly ref readonly double k3;
    private readonly ref readonly double k4;
    private readonly ref readonly double f;
    private readonly double d1;
    private readonly double d2;
    private readonly double d3;
    private readonly double d4;
    private readonly double d5;

    /// <summary>The estimate of a step of <paramref name="h"/> with the finishing weights b and embedded weights b̂ (5).</summary>
    public Rock4ErrorEstimate(
        ReadOnlySpan<double> k1, ReadOnlySpan<double> k2, ReadOnlySpan<double> k3, ReadOnlySpan<double> k4, ReadOnlySpan<double> fNew,
        double h, ReadOnlySpan<double> b, ReadOnlySpan<double> embedded)
    {
        this.k1 = ref MemoryMarshal.GetReference(k1);
        this.k2 = ref MemoryMarshal.GetReference(k2);
        this.k3 = ref MemoryMarshal.GetReference(k3);
        this.k4 = ref MemoryMarshal.GetReference(k4);
        f = ref MemoryMarshal.GetReference(fNew);
        (d1, d2, d3, d4, d5) = (h * (b[0] - embedded[0]), h * (b[1] - embedded[1]), h * (b[2] - embedded[2]), h * (b[3] - embedded[3]), -h * embedded[4]);
    }

    /// <inheritdoc/>
    public Vector<double> At(nuint i) =>
        (new Vector<double>(d1) * Vector.LoadUnsafe(in k1, i)) + (new Vector<double>(d2) * Vector.LoadUnsafe(in k2, i))
        + (new Vector<double>(d3) * Vector.LoadUnsafe(in k3, i)) + (new Vector<double>(d4) * Vector.LoadUnsafe(in k4, i))
        + (new Vector<double>(d5) * Vector.LoadUnsafe(in f, i));

    /// <inheritdoc/>
    public double At(int i) =>
        (d1 * Element(in k1, i)) + (d2 * Element(in k2, i)) + (d3 * Element(in k3, i)) + (d4 * Element(in k4, i)) + (d5 * Element(in f, i));

    private static double Element(ref readonly double origin, int i) => Unsafe.Add(ref Unsafe.AsRef(in origin), i);
}
