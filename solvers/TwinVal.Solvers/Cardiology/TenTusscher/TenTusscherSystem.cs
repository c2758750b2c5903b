using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology.TenTusscher;

/// <summary>
/// The single ten Tusscher–Panfilov 2006 epicardial myocyte (doi:10.1152/ajpheart.00109.2006) as an ODE system for the
/// adaptive and fixed-step integrators, and as a gated system for Rush–Larsen: the gates' y∞ and τ come from the same
/// <see cref="TenTusscherKinetics"/> evaluation, so both views are one model. The stimulus is a depolarising current
/// density in pA/pF.
/// </summary>
internal readonly struct TenTusscherSystem(TenTusscherExtracellular bath, InputChannel stimulus) : IGatedSystem
{
    public int Dimension => TenTusscherState.Count;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        Span<double> steady = stackalloc double[TenTusscherState.Count];
        Span<double> tau = stackalloc double[TenTusscherState.Count];
        TenTusscherKinetics.Evaluate(y, bath, stimulus.ValueAt(t), dydt, steady, tau);
        for (var i = 0; i < TenTusscherState.Count; i++)
        {
            if (TenTusscherState.IsGate(i))
            {
                dydt[i] = (steady[i] - y[i]) / tau[i];
            }
        }
    }

    public bool IsGate(int component) => TenTusscherState.IsGate(component);

    public void GateKinetics(double t, ReadOnlySpan<double> y, Span<double> steadyState, Span<double> timeConstant)
    {
        Span<double> rate = stackalloc double[TenTusscherState.Count];
        TenTusscherKinetics.Evaluate(y, bath, stimulus.ValueAt(t), rate, steadyState, timeConstant);
    }

    public void BeginSegment(double segmentStart, double segmentEnd) => stimulus.BeginSegment(segmentStart, segmentEnd);
}
