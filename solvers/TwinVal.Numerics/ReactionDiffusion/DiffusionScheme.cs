namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>The time integrator of the diffusion part.</summary>
public enum DiffusionScheme
{
    /// <summary>Forward Euler: first order, cheap, stable only for dt ≤ <see cref="DiffusionOperator.StableTimeStep"/> (checked).</summary>
    Explicit,

    /// <summary>Crank–Nicolson with preconditioned conjugate gradients: second order, stable for any step.</summary>
    CrankNicolson,
}
