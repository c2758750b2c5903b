namespace TwinVal.Numerics;

/// <summary>One Rush–Larsen step: gates updated exactly with y∞ and τ frozen at the step start, the rest by forward Euler.</summary>
internal readonly struct RushLarsenStepper<TSystem> : IFixedStepper<TSystem>
    where TSystem : IGatedSystem
{
    private readonly bool[] gates;
    private readonly double[] work;
    private readonly int n;

    public RushLarsenStepper(ref TSystem system)
    {
        n = system.Dimension;
        gates = new bool[n];
        for (var i = 0; i < n; i++)
        {
            gates[i] = system.IsGate(i);
        }

        // Derivative, y∞ and τ rows.
        work = new double[3 * n];
    }

    public string Name => RushLarsen.MethodName;

    public int EvaluationsPerStep => 1;

    public void Step(ref TSystem system, double t, double h, Span<double> y)
    {
        var f = work.AsSpan(0, n);
        var infinity = work.AsSpan(n, n);
        var tau = work.AsSpan(2 * n, n);
        system.Evaluate(t, y, f);
        system.GateKinetics(t, y, infinity, tau);
        for (var i = 0; i < n; i++)
        {
            if (!gates[i])
            {
                y[i] += h * f[i];
                continue;
            }

            if (!(tau[i] > 0))
            {
                throw new IntegrationException(
                    IntegrationFailure.NonFiniteState, t,
                    $"gate {i} has time constant τ = {IntegrationPlan.Format(tau[i])} at t = {IntegrationPlan.Format(t)}; τ must be positive ({RushLarsen.MethodName})");
            }

            // Exact solution of y′ = (y∞ − y)/τ with y∞, τ frozen; −expm1 keeps 1 − e^{−h/τ} accurate when h ≪ τ.
            y[i] += (infinity[i] - y[i]) * -RushLarsen.ExpM1(-h / tau[i]);
        }
    }
}
