namespace TwinVal.Solvers.Oncology;

/// <summary>Parameters of <see cref="SimeoniSystem"/> in its internal units (day, mg, L, mm³).</summary>
/// <param name="Lambda0">Exponential growth rate λ0, 1/day.</param>
/// <param name="Lambda1">Linear growth rate λ1, mm³/day.</param>
/// <param name="K1">Transit rate k1, 1/day.</param>
/// <param name="K2">Drug potency k2, L/(mg·day).</param>
/// <param name="Psi">Sharpness ψ of the switch from exponential to linear growth.</param>
/// <param name="Clearance">Drug clearance, L/day.</param>
/// <param name="Volume">Volume of distribution, L.</param>
internal sealed record SimeoniParameters(double Lambda0, double Lambda1, double K1, double K2, double Psi, double Clearance, double Volume);
