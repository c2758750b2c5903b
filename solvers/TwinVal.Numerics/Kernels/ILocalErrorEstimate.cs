using System.Numerics;

namespace TwinVal.Numerics.Kernels;

/// <summary>
/// An embedded method's local error estimate, element by element, for <see cref="WeightedRms"/>: the vector and scalar
/// forms must compute the same operations in the same order, so the vector body and the scalar tail agree bit for bit.
/// </summary>
internal interface ILocalErrorEstimate
{
    /// <summary>The estimate at elements i … i + <see cref="Vector{T}.Count"/> − 1 (the caller keeps i in range).</summary>
    Vector<double> At(nuint i);

    /// <summary>The estimate at element i (the caller keeps i in range).</summary>
    double At(int i);
}
