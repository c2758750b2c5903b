using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TwinVal.Numerics.Kernels;

/// <summary>
/// Linear combinations of the rows of an integrator's work array (row r is work[r·n … r·n + n)) in one pass over
/// memory: <see cref="Vector{T}"/> body, scalar tail, no bounds checks inside the loop (every row is checked once).
/// Each element is computed with the scalar loop's operations in the scalar loop's order — products c·x rounded, then
/// added left to right, no fused multiply–add — so results are bit-identical to the plain loop the kernel replaces.
/// </summary>
internal static class RowCombination
{
    /// <summary>
    /// output = Σⱼ cⱼ·row_j, summed left to right: ((c₀·r₀ + c₁·r₁) + c₂·r₂) + …, as the scalar
    /// <c>out[i] = (c0 * r0[i]) + (c1 * r1[i]) + …</c>.
    /// </summary>
    public static void Sum(double[] work, int n, int output, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights) =>
        Combine(work, n, output, -1, 0.0, rows, weights, -1, default);

    /// <summary>
    /// The Runge–Kutta stage form output = row[<paramref name="start"/>] + h·Σⱼ cⱼ·row_j (the sum left to right, as the
    /// scalar <c>y[i] + (h * ((a1 * k1[i]) + (a2 * k2[i]) + …))</c>). When <paramref name="partial"/> ≥ 0 the same reads
    /// also give partial = Σⱼ dⱼ·row_j (<paramref name="partialWeights"/>, one per row), a second output that saves a
    /// later pass from re-reading the rows.
    /// </summary>
    public static void Stage(
        double[] work, int n, int output, int start, double h, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights,
        int partial = -1, ReadOnlySpan<double> partialWeights = default) =>
        Combine(work, n, output, start, h, rows, weights, partial, partialWeights);

    private static void Combine(
        double[] work, int n, int output, int start, double h, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights,
        int partial, ReadOnlySpan<double> partialWeights)
    {
        Check(work, n, output, start, rows, weights, partial, partialWeights);
        if (n == 0)
        {
            return;
        }

        ref var origin = ref MemoryMarshal.GetArrayDataReference(work);
        ref var outRow = ref Unsafe.Add(ref origin, (nint)output * n);
        ref var startRow = ref Unsafe.Add(ref origin, (nint)Math.Max(start, 0) * n);
        ref var partialRow = ref Unsafe.Add(ref origin, (nint)Math.Max(partial, 0) * n);
        ref var firstRow = ref Unsafe.Add(ref origin, (nint)rows[0] * n);
        ref var row0 = ref MemoryMarshal.GetReference(rows);
        ref var c0 = ref MemoryMarshal.GetReference(weights);
        ref var d0 = ref MemoryMarshal.GetReference(partialWeights);
        var terms = rows.Length;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            // The term loop runs inside the element loop so each element's sum stays in a register: one read of every
            // row and one write of each output per element, which is the pass's whole memory traffic.
            var width = Vector<double>.Count;
            var vh = new Vector<double>(h);
            for (; i <= n - width; i += width)
            {
                var x = Vector.LoadUnsafe(ref firstRow, (nuint)i);
                var acc = new Vector<double>(c0) * x;
                var second = partial >= 0 ? new Vector<double>(d0) * x : default;
                for (var j = 1; j < terms; j++)
                {
                    x = Vector.LoadUnsafe(ref Unsafe.Add(ref origin, (nint)Unsafe.Add(ref row0, j) * n), (nuint)i);
                    acc += new Vector<double>(Unsafe.Add(ref c0, j)) * x;
                    if (partial >= 0)
                    {
                        second += new Vector<double>(Unsafe.Add(ref d0, j)) * x;
                    }
                }

                var result = start >= 0 ? Vector.LoadUnsafe(ref startRow, (nuint)i) + (vh * acc) : acc;
                result.StoreUnsafe(ref outRow, (nuint)i);
                if (partial >= 0)
                {
                    second.StoreUnsafe(ref partialRow, (nuint)i);
                }
            }
        }

        for (; i < n; i++)
        {
            var x = Unsafe.Add(ref firstRow, i);
            var acc = c0 * x;
            var second = partial >= 0 ? d0 * x : 0.0;
            for (var j = 1; j < terms; j++)
            {
                x = Unsafe.Add(ref origin, ((nint)Unsafe.Add(ref row0, j) * n) + i);
                acc += Unsafe.Add(ref c0, j) * x;
                second += partial >= 0 ? Unsafe.Add(ref d0, j) * x : 0.0;
            }

            Unsafe.Add(ref outRow, i) = start >= 0 ? Unsafe.Add(ref startRow, i) + (h * acc) : acc;
            if (partial >= 0)
            {
                Unsafe.Add(ref partialRow, i) = second;
            }
        }
    }

    /// <summary>Every row index must address a whole row of the array: the loop itself does not check.</summary>
    private static void Check(
        double[] work, int n, int output, int start, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, int partial, ReadOnlySpan<double> partialWeights)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var rowCount = n == 0 ? int.MaxValue : work.Length / n;
        if (rows.IsEmpty || weights.Length != rows.Length || (partial >= 0 && partialWeights.Length != rows.Length))
        {
            throw new ArgumentException(
                $"expected one weight per row and at least one row; got {rows.Length} rows, {weights.Length} weights, {partialWeights.Length} partial weights",
                nameof(weights));
        }

        foreach (var row in rows)
        {
            CheckRow(row, rowCount, nameof(rows));
        }

        CheckRow(output, rowCount, nameof(output));
        CheckRow(Math.Max(start, 0), rowCount, nameof(start));
        CheckRow(Math.Max(partial, 0), rowCount, nameof(partial));
    }

    private static void CheckRow(int row, int rowCount, string name)
    {
        if (row < 0 || row >= rowCount)
        {
            throw new ArgumentOutOfRangeException(name, row, $"expected a row index in [0, {rowCount}) of the work array");
        }
    }
}
