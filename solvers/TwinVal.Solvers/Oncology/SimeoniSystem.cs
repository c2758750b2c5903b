using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// Simeoni tumour-growth-inhibition model (Simeoni et al. 2004, Cancer Res 64:1094–1101,
/// doi:10.1158/0008-5472.CAN-03-2524, eqs. 1–5) driven by one-compartment IV pharmacokinetics V·dC/dt = R(t) − CL·C.
/// Proliferating tumour x1 grows as λ0·x1/(1 + (λ0·w/λ1)^ψ)^(1/ψ) — exponential at rate λ0 while w ≪ λ1/λ0, linear at
/// λ1 above — and is damaged at rate k2·C·x1; damaged cells pass through transit compartments x2 → x3 → x4 at rate k1
/// and die leaving x4. The tumour weight w = x1 + x2 + x3 + x4 is carried as a state instead of x4 (dw/dt = growth −
/// k1·x4, x4 = w − x1 − x2 − x3) so that it can be reported directly. State vector (C, x1, x2, x3, w). Units: t in
/// days, C in mg/L, R in mg/day, CL in L/day, V in L, x and w in mm³, λ0 and k1 in 1/day, λ1 in mm³/day, k2 in
/// L/(mg·day), ψ dimensionless.
/// </summary>
internal readonly struct SimeoniSystem(SimeoniParameters p, InputChannel doseRate) : IOdeSystem
{
    public int Dimension => 5;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var (c, x1, x2, x3, w) = (y[0], y[1], y[2], y[3], y[4]);

        // The switch (1 + (λ0·w/λ1)^ψ)^(1/ψ) → max(1, λ0·w/λ1) as ψ grows; ψ = 20 makes it sharp yet smooth.
        var growth = p.Lambda0 * x1 / Math.Pow(1.0 + Math.Pow(p.Lambda0 * w / p.Lambda1, p.Psi), 1.0 / p.Psi);
        var damage = p.K2 * c * x1;
        dydt[0] = (doseRate.ValueAt(t) - (p.Clearance * c)) / p.Volume;
        dydt[1] = growth - damage;
        dydt[2] = damage - (p.K1 * x2);
        dydt[3] = p.K1 * (x2 - x3);
        dydt[4] = growth - (p.K1 * (w - x1 - x2 - x3));
    }

    public void BeginSegment(double segmentStart, double segmentEnd) => doseRate.BeginSegment(segmentStart, segmentEnd);
}
