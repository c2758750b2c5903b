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
    /// <summary>Most rows one combination takes: DOPRI5's longest stage, its new solution and RKC's stage have 5.</summary>
    public const int MaxTerms = 5;

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
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            i = VectorBody(ref origin, n, ref outRow, start >= 0, ref startRow, h, rows, weights, partial >= 0, ref partialRow, partialWeights);
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

    /// <summary>
    /// The SIMD body over whole vectors; returns where the scalar tail starts. The term count and the two optional parts
    /// are type arguments (value types, so the JIT compiles one straight-line loop per shape, with each row reference and
    /// broadcast weight in a register): a loop over a weight list, or run-time tests per term, cost 1.5× the time of a
    /// hand-unrolled pass when the rows are cache-resident.
    /// </summary>
    private static int VectorBody(
        ref double origin, int n, ref double outRow, bool hasStart, ref double startRow, double h, ReadOnlySpan<int> rows,
        ReadOnlySpan<double> weights, bool hasPartial, ref double partialRow, ReadOnlySpan<double> partialWeights) =>
        rows.Length switch
        {
            1 => Shape<Terms1>(ref origin, n, ref outRow, hasStart, ref startRow, h, rows, weights, hasPartial, ref partialRow, partialWeights),
            2 => Shape<Terms2>(ref origin, n, ref outRow, hasStart, ref startRow, h, rows, weights, hasPartial, ref partialRow, partialWeights),
            3 => Shape<Terms3>(ref origin, n, ref outRow, hasStart, ref startRow, h, rows, weights, hasPartial, ref partialRow, partialWeights),
            4 => Shape<Terms4>(ref origin, n, ref outRow, hasStart, ref startRow, h, rows, weights, hasPartial, ref partialRow, partialWeights),
            _ => Shape<Terms5>(ref origin, n, ref outRow, hasStart, ref startRow, h, rows, weights, hasPartial, ref partialRow, partialWeights),
        };

    private static int Shape<TTerms>(
        ref double origin, int n, ref double outRow, bool hasStart, ref double startRow, double h, ReadOnlySpan<int> rows,
        ReadOnlySpan<double> weights, bool hasPartial, ref double partialRow, ReadOnlySpan<double> partialWeights)
        where TTerms : struct, ICount =>
        (hasStart, hasPartial) switch
        {
            (false, false) => Body<TTerms, Off, Off>(ref origin, n, ref outRow, ref startRow, h, rows, weights, ref partialRow, partialWeights),
            (true, false) => Body<TTerms, On, Off>(ref origin, n, ref outRow, ref startRow, h, rows, weights, ref partialRow, partialWeights),
            (false, true) => Body<TTerms, Off, On>(ref origin, n, ref outRow, ref startRow, h, rows, weights, ref partialRow, partialWeights),
            (true, true) => Body<TTerms, On, On>(ref origin, n, ref outRow, ref startRow, h, rows, weights, ref partialRow, partialWeights),
        };

    private static int Body<TTerms, TStart, TPartial>(
        ref double origin, int n, ref double outRow, ref double startRow, double h, ReadOnlySpan<int> rows,
        ReadOnlySpan<double> weights, ref double partialRow, ReadOnlySpan<double> partialWeights)
        where TTerms : struct, ICount
        where TStart : struct, IFlag
        where TPartial : struct, IFlag
    {
        // Every test below is on a type argument: a constant in the compiled loop, so untaken terms and parts vanish.
        var terms = TTerms.Value;
        ref var r0 = ref RowOrFirst(ref origin, n, rows, 0);
        ref var r1 = ref RowOrFirst(ref origin, n, rows, 1);
        ref var r2 = ref RowOrFirst(ref origin, n, rows, 2);
        ref var r3 = ref RowOrFirst(ref origin, n, rows, 3);
        ref var r4 = ref RowOrFirst(ref origin, n, rows, 4);
        var (c0, c1, c2, c3, c4) = (Broadcast(weights, 0), Broadcast(weights, 1), Broadcast(weights, 2), Broadcast(weights, 3), Broadcast(weights, 4));
        var (d0, d1, d2, d3, d4) = TPartial.Value
            ? (Broadcast(partialWeights, 0), Broadcast(partialWeights, 1), Broadcast(partialWeights, 2), Broadcast(partialWeights, 3), Broadcast(partialWeights, 4))
            : default;
        var vh = new Vector<double>(h);
        var width = Vector<double>.Count;
        var i = 0;
        for (; i <= n - width; i += width)
        {
            var at = (nuint)i;
            var x = Vector.LoadUnsafe(ref r0, at);
            var acc = c0 * x;
            var second = TPartial.Value ? d0 * x : default;
            if (terms > 1)
            {
                x = Vector.LoadUnsafe(ref r1, at);
                (acc, second) = (acc + (c1 * x), TPartial.Value ? second + (d1 * x) : second);
            }

            if (terms > 2)
            {
                x = Vector.LoadUnsafe(ref r2, at);
                (acc, second) = (acc + (c2 * x), TPartial.Value ? second + (d2 * x) : second);
            }

            if (terms > 3)
            {
                x = Vector.LoadUnsafe(ref r3, at);
                (acc, second) = (acc + (c3 * x), TPartial.Value ? second + (d3 * x) : second);
            }

            if (terms > 4)
            {
                x = Vector.LoadUnsafe(ref r4, at);
                (acc, second) = (acc + (c4 * x), TPartial.Value ? second + (d4 * x) : second);
            }

            (TStart.Value ? Vector.LoadUnsafe(ref startRow, at) + (vh * acc) : acc).StoreUnsafe(ref outRow, at);
            if (TPartial.Value)
            {
                second.StoreUnsafe(ref partialRow, at);
            }
        }

        return i;
    }

    /// <summary>Row rows[j], or the first row when there is no term j (never read then; it keeps the reference valid).</summary>
    private static ref double RowOrFirst(ref double origin, int n, ReadOnlySpan<int> rows, int j) =>
        ref Unsafe.Add(ref origin, (nint)rows[j < rows.Length ? j : 0] * n);

    /// <summary>The weight of term j in every lane, zero when there is no such term (never used then).</summary>
    private static Vector<double> Broadcast(ReadOnlySpan<double> weights, int j) => j < weights.Length ? new Vector<double>(weights[j]) : default;

    /// <summary>Every row index must address a whole row of the array: the loop itself does not check.</summary>
    private static void Check(
        double[] work, int n, int output, int start, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, int partial, ReadOnlySpan<double> partialWeights)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var rowCount = n == 0 ? int.MaxValue : work.Length / n;
        if (rows.IsEmpty || rows.Length > MaxTerms || weights.Length != rows.Length || (partial >= 0 && partialWeights.Length != rows.Length))
        {
            throw new ArgumentException(
                $"expected one weight per row and 1 to {MaxTerms} rows; got {rows.Length} rows, {weights.Length} weights, {partialWeights.Length} partial weights",
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

    /// <summary>A term count known to the JIT as a constant.</summary>
    private interface ICount
    {
        static abstract int Value { get; }
    }

    /// <summary>A switch known to the JIT as a constant.</summary>
    private interface IFlag
    {
        static abstract bool Value { get; }
    }

    private readonly struct Terms1 : ICount
    {
        public static int Value => 1;
    }

    private readonly struct Terms2 : ICount
    {
        public static int Value => 2;
    }

    private readonly struct Terms3 : ICount
    {
        public static int Value => 3;
    }

    private readonly struct Terms4 : ICount
    {
        public static int Value => 4;
    }

    private readonly struct Terms5 : ICount
    {
        public static int Value => 5;
    }

    private readonly struct On : IFlag
    {
        public static bool Value => true;
    }

    private readonly struct Off : IFlag
    {
        public static bool Value => false;
    }
}
