using System.Collections.Immutable;

namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>A V&amp;V 40 credibility plan: what is asked, how the model is used, its risk, and the gradation targeted per factor.</summary>
/// <param name="QuestionOfInterest">The question the decision answers.</param>
/// <param name="ContextOfUse">The role and scope of the model in answering it.</param>
/// <param name="ModelInfluence">Model influence.</param>
/// <param name="DecisionConsequence">Decision consequence.</param>
/// <param name="Targets">Target gradation per factor; a factor without a target is reported as such, never dropped.</param>
public sealed record CredibilityPlan(
    string QuestionOfInterest,
    string ContextOfUse,
    RiskLevel ModelInfluence,
    RiskLevel DecisionConsequence,
    ImmutableArray<FactorTarget> Targets)
{
    /// <summary>Model risk from the matrix of <see cref="ModelRisk"/>.</summary>
    public ModelRisk Risk => ModelRisk.Assess(ModelInfluence, DecisionConsequence);
}
