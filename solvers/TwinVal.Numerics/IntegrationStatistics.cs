namespace TwinVal.Numerics;

/// <summary>Work done by one integration.</summary>
/// <param name="AcceptedSteps">Steps whose result was kept.</param>
/// <param name="RejectedSteps">Steps retried with a smaller step size.</param>
/// <param name="RhsEvaluations">Calls of <see cref="IOdeSystem.Evaluate"/>.</param>
public readonly record struct IntegrationStatistics(long AcceptedSteps, long RejectedSteps, long RhsEvaluations);
