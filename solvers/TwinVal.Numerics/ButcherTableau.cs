using System.Collections.Immutable;

namespace TwinVal.Numerics;

/// <summary>
/// The coefficients of an explicit Runge–Kutta method: stage nodes c, the strictly lower-triangular matrix A and the
/// weights b (Butcher 2016, Numerical Methods for ODEs, §23). Immutable; instances are shared.
/// </summary>
public sealed class ButcherTableau
{
    /// <summary>Creates a tableau after checking its shape and the row-sum condition c_i = Σ_j a_ij.</summary>
    /// <param name="name">Method name used in diagnostics (for example <c>rk4</c>).</param>
    /// <param name="order">Classical order of the method.</param>
    /// <param name="a">Rows of A; row i holds the i coefficients a_i0 … a_i,i−1 (row 0 is empty).</param>
    /// <param name="b">Weights, one per stage.</param>
    /// <param name="c">Nodes, one per stage.</param>
    /// <exception cref="ArgumentException">The shape is inconsistent or a row sum differs from its node.</exception>
    public ButcherTableau(string name, int order, IReadOnlyList<double[]> a, IReadOnlyList<double> b, IReadOnlyList<double> c)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(c);
        var stages = b.Count;
        if (stages == 0 || c.Count != stages || a.Count != stages)
        {
            throw new ArgumentException($"tableau '{name}': A, b and c must all have one entry per stage", nameof(a));
        }

        var flat = new double[stages * stages];
        for (var i = 0; i < stages; i++)
        {
            if (a[i].Length != i)
            {
                throw new ArgumentException($"tableau '{name}': row {i} of A must hold {i} coefficients, holds {a[i].Length}", nameof(a));
            }

            // Row sums equal to the nodes is the simplifying condition every consistent explicit method meets;
            // 1e-14 allows for the rounding of fractions such as 1/3.
            if (Math.Abs(a[i].Sum() - c[i]) > 1e-14)
            {
                throw new ArgumentException($"tableau '{name}': row {i} of A sums to {a[i].Sum()} but c[{i}] = {c[i]}", nameof(c));
            }

            a[i].CopyTo(flat, i * stages);
        }

        Name = name;
        Order = order;
        Stages = stages;
        A = ImmutableArray.Create(flat);
        B = [.. b];
        C = [.. c];
    }

    /// <summary>Forward (explicit) Euler, order 1.</summary>
    public static ButcherTableau ExplicitEuler { get; } = new("euler", 1, [[]], [1.0], [0.0]);

    /// <summary>Heun's method (explicit trapezoidal rule), order 2.</summary>
    public static ButcherTableau Heun { get; } = new("heun", 2, [[], [1.0]], [0.5, 0.5], [0.0, 1.0]);

    /// <summary>The classic fourth-order Runge–Kutta method (Kutta 1901).</summary>
    public static ButcherTableau ClassicRk4 { get; } = new(
        "rk4", 4, [[], [0.5], [0.0, 0.5], [0.0, 0.0, 1.0]], [1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 6], [0.0, 0.5, 0.5, 1.0]);

    /// <summary>
    /// The fifth-order solution of Dormand–Prince 5(4) run as a fixed-step method: the first six stages and the weights
    /// b_1…b_6 (b_7 = 0), with the same coefficients the adaptive <see cref="DormandPrince54"/> uses.
    /// </summary>
    public static ButcherTableau DormandPrince5 { get; } = DormandPrinceCoefficients.FifthOrderTableau();

    /// <summary>Method name.</summary>
    public string Name { get; }

    /// <summary>Classical order.</summary>
    public int Order { get; }

    /// <summary>Number of stages.</summary>
    public int Stages { get; }

    /// <summary>A, row-major, <see cref="Stages"/> × <see cref="Stages"/>, zero on and above the diagonal.</summary>
    public ImmutableArray<double> A { get; }

    /// <summary>Weights b.</summary>
    public ImmutableArray<double> B { get; }

    /// <summary>Nodes c.</summary>
    public ImmutableArray<double> C { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
