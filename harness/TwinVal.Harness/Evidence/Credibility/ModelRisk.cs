namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>
/// Model risk from model influence and decision consequence (ASME V&amp;V 40-2018, model risk assessment; FDA 2023
/// guidance "Assessing the Credibility of Computational Modeling and Simulation in Medical Device Submissions").
/// V&amp;V 40 shows risk rising with both inputs and leaves the exact grading to the practitioner. TwinVal uses the
/// symmetric five-level matrix below (level = influence + consequence + 1, counting Low = 0, Medium = 1, High = 2):
/// <code>
///                      consequence  Low  Medium  High
///   influence High                   3     4      5
///   influence Medium                 2     3      4
///   influence Low                    1     2      3
/// </code>
/// Levels 1–2 are low risk, 3 medium, 4–5 high.
/// </summary>
/// <param name="Influence">Model influence: the weight of the model among all evidence for the decision.</param>
/// <param name="Consequence">Decision consequence: the harm of a wrong decision.</param>
/// <param name="Level">Risk level 1 (lowest) to 5 (highest).</param>
/// <param name="Category">Low (levels 1–2), Medium (3) or High (4–5).</param>
public sealed record ModelRisk(RiskLevel Influence, RiskLevel Consequence, int Level, RiskLevel Category)
{
    /// <summary>The model risk of <paramref name="influence"/> and <paramref name="consequence"/> from the matrix above.</summary>
    public static ModelRisk Assess(RiskLevel influence, RiskLevel consequence)
    {
        var level = (int)influence + (int)consequence + 1;
        var category = level switch
        {
            <= 2 => RiskLevel.Low,
            3 => RiskLevel.Medium,
            _ => RiskLevel.High,
        };
        return new ModelRisk(influence, consequence, level, category);
    }
}
