namespace TwinVal.Harness.Evidence.Convergence;

/// <summary>One rung of a refinement ladder: a representative grid or step size and the quantity of interest computed with it.</summary>
/// <param name="H">Representative cell size or time step (Celik et al. 2008 eq. 1), in any unit shared by the ladder; &gt; 0.</param>
/// <param name="Phi">The quantity of interest φ on this level.</param>
public readonly record struct RefinementLevel(double H, double Phi);
