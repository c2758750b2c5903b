using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Neurology;

/// <summary>
/// Passive RC membrane patch C_m·dV/dt = −(V − E_L)/R_m + I_stim(t) (Koch 1999, Biophysics of Computation, ch. 1;
/// Johnston &amp; Wu 1995, Foundations of Cellular Neurophysiology, ch. 2). Specific units: t in ms, V and E_L in mV,
/// C_m in µF/cm², R_m in kΩ·cm², I_stim in µA/cm²; then mV/(kΩ·cm²) = µA/cm² and (µA/cm²)/(µF/cm²) = mV/ms.
/// </summary>
internal readonly struct PassiveMembraneSystem(double capacitance, double resistance, double restingPotential, InputChannel stimulus) : IOdeSystem
{
    public int Dimension => 1;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt) =>
        dydt[0] = ((-(y[0] - restingPotential) / resistance) + stimulus.ValueAt(t)) / capacitance;

    public void BeginSegment(double segmentStart, double segmentEnd) => stimulus.BeginSegment(segmentStart, segmentEnd);
}
