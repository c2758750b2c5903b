using System.Collections.Immutable;

namespace TwinVal.Harness.Execution;

/// <summary>Work statistics a solver reports with its output.</summary>
/// <param name="Method">Integrator actually used (for example <c>dopri5</c>).</param>
/// <param name="Steps">Accepted steps.</param>
/// <param name="RejectedSteps">Rejected steps.</param>
/// <param name="RhsEvaluations">Right-hand-side evaluations, including those spent on finite-difference Jacobians.</param>
/// <param name="JacobianEvaluations">Jacobian evaluations.</param>
/// <param name="WallTime">Wall time of the solve as measured by the solver.</param>
/// <param name="Notes">Free remarks (warnings, fallbacks taken).</param>
public sealed record SolverDiagnostics(
    string Method,
    long Steps,
    long RejectedSteps,
    long RhsEvaluations,
    long JacobianEvaluations,
    TimeSpan WallTime,
    ImmutableArray<string> Notes)
{
    /// <summary>Diagnostics of a solver that reports none.</summary>
    public static SolverDiagnostics None { get; } = new("unknown", 0, 0, 0, 0, TimeSpan.Zero, []);
}
