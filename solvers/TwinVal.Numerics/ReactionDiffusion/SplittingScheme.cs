namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>How a step of the reaction–diffusion equation is split into a reaction part and a diffusion part.</summary>
public enum SplittingScheme
{
    /// <summary>Godunov (Lie) splitting: R(dt) then D(dt); first order in time.</summary>
    Godunov,

    /// <summary>Strang splitting: R(dt/2), D(dt), R(dt/2); second order in time when both parts are (Strang 1968, SIAM J. Numer. Anal. 5:506; doi:10.1137/0705041).</summary>
    Strang,
}
