namespace TwinVal.Solvers.Cardiology.TenTusscher;

/// <summary>
/// Layout of the 19-component state of the ten Tusscher–Panfilov 2006 model: membrane potential, the four ion
/// concentrations and the free subspace/SR calcium, the RyR recovery fraction R̄, then the twelve gates in the order of
/// the paper's appendix. Components from <see cref="FirstGate"/> on (and <see cref="RBar"/>) obey y′ = (y∞ − y)/τ.
/// </summary>
internal static class TenTusscherState
{
    public const int V = 0;
    public const int Ki = 1;
    public const int Nai = 2;
    public const int Cai = 3;
    public const int CaSs = 4;
    public const int CaSr = 5;
    public const int RBar = 6;
    public const int M = 7;
    public const int H = 8;
    public const int J = 9;
    public const int Xr1 = 10;
    public const int Xr2 = 11;
    public const int Xs = 12;
    public const int R = 13;
    public const int S = 14;
    public const int D = 15;
    public const int F = 16;
    public const int F2 = 17;
    public const int FCass = 18;
    public const int Count = 19;
    public const int FirstGate = M;

    /// <summary>State names as cases spell them, in layout order.</summary>
    public static readonly string[] Names =
        ["V", "K_i", "Na_i", "Ca_i", "Ca_ss", "Ca_sr", "R_bar", "m", "h", "j", "x_r1", "x_r2", "x_s", "r", "s", "d", "f", "f2", "f_Cass"];

    /// <summary>True for components integrated as gates: R̄ (linear in itself) and the twelve Hodgkin–Huxley gates.</summary>
    public static bool IsGate(int component) => component == RBar || component >= FirstGate;
}
