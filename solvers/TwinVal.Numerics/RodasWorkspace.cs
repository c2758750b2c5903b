namespace TwinVal.Numerics;

/// <summary>Every buffer one Rodas4 integration needs, allocated once; the accessors slice them without allocating.</summary>
internal sealed class RodasWorkspace
{
    private const int Vectors = 15;
    private readonly double[] vectors;

    public RodasWorkspace(int n)
    {
        N = n;
        vectors = new double[Vectors * n];
        Jacobian = new double[n * n];
        Matrix = new double[n * n];
        Pivots = new int[n];
    }

    public int N { get; }

    /// <summary>∂f/∂y at the step start, row-major.</summary>
    public double[] Jacobian { get; }

    /// <summary>The iteration matrix 1/(γh)·I − J, replaced by its LU factors.</summary>
    public double[] Matrix { get; }

    public int[] Pivots { get; }

    public Span<double> Y => Vector(0);

    public Span<double> YNew => Vector(1);

    public Span<double> Stage => Vector(2);

    public Span<double> F0 => Vector(3);

    public Span<double> F => Vector(4);

    public Span<double> Dfdt => Vector(5);

    public Span<double> Q1 => Vector(12);

    public Span<double> Q2 => Vector(13);

    public Span<double> Scratch => Vector(14);

    /// <summary>Stage increment k_i, i = 1…6.</summary>
    public Span<double> K(int i) => Vector(5 + i);

    /// <summary>The whole vector store, for interpolants that keep a reference.</summary>
    public double[] Store => vectors;

    /// <summary>Offset of vector <paramref name="index"/> in <see cref="Store"/>.</summary>
    public int Offset(int index) => index * N;

    private Span<double> Vector(int index) => vectors.AsSpan(index * N, N);
}
