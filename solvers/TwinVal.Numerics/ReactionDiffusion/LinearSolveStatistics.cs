namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>The outcome of one preconditioned conjugate-gradient solve.</summary>
/// <param name="Iterations">Iterations taken (0 when the initial guess already met the tolerance).</param>
/// <param name="RelativeResidual">Final ‖b − A x‖₂ / ‖b‖₂.</param>
public readonly record struct LinearSolveStatistics(int Iterations, double RelativeResidual);
