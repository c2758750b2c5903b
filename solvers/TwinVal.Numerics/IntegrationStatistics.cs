namespace TwinVal.Numerics;

/// <summary>Work done by one integration.</summary>
/// <param name="AcceptedSteps">Steps whose result was kept.</param>
/// <param name="RejectedSteps">Steps retried with a smaller step size.</param>
/// <param name="RhsEvaluations">Calls of <see cref="IOdeSystem.Evaluate"/>, including those spent on finite-difference Jacobians.</param>
public readonly record struct IntegrationStatistics(long AcceptedSteps, long RejectedSteps, long RhsEvaluations)
{
    /// <summary>Jacobians formed (analytic calls or finite-difference approximations); 0 for explicit methods.</summary>
    public long JacobianEvaluations { get; init; }

    /// <summary>LU decompositions of the iteration matrix; 0 for explicit methods.</summary>
    public long LuDecompositions { get; init; }
}
