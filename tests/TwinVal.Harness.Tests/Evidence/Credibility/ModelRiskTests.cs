using TwinVal.Harness.Evidence.Credibility;

namespace TwinVal.Harness.Tests.Evidence.Credibility;

public sealed class ModelRiskTests
{
    [Theory]
    [InlineData(RiskLevel.Low, RiskLevel.Low, 1, RiskLevel.Low)]
    [InlineData(RiskLevel.Low, RiskLevel.Medium, 2, RiskLevel.Low)]
    [InlineData(RiskLevel.Medium, RiskLevel.Low, 2, RiskLevel.Low)]
    [InlineData(RiskLevel.Low, RiskLevel.High, 3, RiskLevel.Medium)]
    [InlineData(RiskLevel.Medium, RiskLevel.Medium, 3, RiskLevel.Medium)]
    [InlineData(RiskLevel.High, RiskLevel.Low, 3, RiskLevel.Medium)]
    [InlineData(RiskLevel.Medium, RiskLevel.High, 4, RiskLevel.High)]
    [InlineData(RiskLevel.High, RiskLevel.Medium, 4, RiskLevel.High)]
    [InlineData(RiskLevel.High, RiskLevel.High, 5, RiskLevel.High)]
    public void Assess_EveryCell_FollowsTheDocumentedMatrix(RiskLevel influence, RiskLevel consequence, int level, RiskLevel category)
    {
        var risk = ModelRisk.Assess(influence, consequence);

        Assert.Equal(level, risk.Level);
        Assert.Equal(category, risk.Category);
    }
}
