namespace TwinVal.Numerics;

/// <summary>Why an integration stopped before reaching its last output time.</summary>
public enum IntegrationFailure
{
    /// <summary>The step size fell below what floating point can resolve at the current time.</summary>
    StepSizeUnderflow,

    /// <summary>The state or its derivative became NaN or infinite.</summary>
    NonFiniteState,

    /// <summary>The step budget (<see cref="IntegrationOptions.MaxSteps"/>) was used up.</summary>
    MaxStepsExceeded,

    /// <summary>The iteration matrix of an implicit method stayed singular however the step size was reduced.</summary>
    SingularMatrix,
}
