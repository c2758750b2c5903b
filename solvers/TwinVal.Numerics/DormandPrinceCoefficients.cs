namespace TwinVal.Numerics;

/// <summary>
/// Coefficients of the Dormand–Prince 5(4) pair (Dormand &amp; Prince 1980, J. Comput. Appl. Math. 6:19–26,
/// doi:10.1016/0771-050X(80)90013-3, table 2) with the error weights e = b − b̂ and the dense-output coefficients d of
/// Shampine's fourth-order continuous extension as used in Hairer's DOPRI5 (Hairer, Nørsett &amp; Wanner, Solving ODEs I,
/// 2nd ed., §II.5–II.6). Exact rational values; each is rounded once to double.
/// </summary>
internal static class DormandPrinceCoefficients
{
    public const double C2 = 1.0 / 5, C3 = 3.0 / 10, C4 = 4.0 / 5, C5 = 8.0 / 9;

    public const double A21 = 1.0 / 5;
    public const double A31 = 3.0 / 40, A32 = 9.0 / 40;
    public const double A41 = 44.0 / 45, A42 = -56.0 / 15, A43 = 32.0 / 9;
    public const double A51 = 19372.0 / 6561, A52 = -25360.0 / 2187, A53 = 64448.0 / 6561, A54 = -212.0 / 729;
    public const double A61 = 9017.0 / 3168, A62 = -355.0 / 33, A63 = 46732.0 / 5247, A64 = 49.0 / 176, A65 = -5103.0 / 18656;

    // Fifth-order weights; they are also row 7 of A, which makes the last stage f(t + h, y1) (FSAL).
    public const double B1 = 35.0 / 384, B3 = 500.0 / 1113, B4 = 125.0 / 192, B5 = -2187.0 / 6784, B6 = 11.0 / 84;

    // Error weights e = b − b̂ (fifth minus fourth order).
    public const double E1 = 71.0 / 57600, E3 = -71.0 / 16695, E4 = 71.0 / 1920, E5 = -17253.0 / 339200, E6 = 22.0 / 525, E7 = -1.0 / 40;

    // Dense output (Shampine 1986; Hairer's DOPRI5 'd' coefficients).
    public const double D1 = -12715105075.0 / 11282082432, D3 = 87487479700.0 / 32700410799, D4 = -10690763975.0 / 1880347072;
    public const double D5 = 701980252875.0 / 199316789632, D6 = -1453857185.0 / 822651844, D7 = 69997945.0 / 29380423;

    /// <summary>The six-stage fifth-order method as a tableau (for fixed-step runs and order tests).</summary>
    public static ButcherTableau FifthOrderTableau() => new(
        "dopri5-fixed",
        5,
        [[], [A21], [A31, A32], [A41, A42, A43], [A51, A52, A53, A54], [A61, A62, A63, A64, A65]],
        [B1, 0.0, B3, B4, B5, B6],
        [0.0, C2, C3, C4, C5, 1.0]);
}
