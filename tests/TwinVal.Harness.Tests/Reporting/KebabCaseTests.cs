using TwinVal.Harness.Catalog;
using TwinVal.Harness.Reporting;

namespace TwinVal.Harness.Tests.Reporting;

public sealed class KebabCaseTests
{
    [Theory]
    [InlineData(CaseKind.CodeVerification, "code-verification")]
    [InlineData(CaseKind.ClinicalReference, "clinical-reference")]
    [InlineData(CaseKind.Benchmark, "benchmark")]
    public void Of_PascalCaseEnum_IsKebabCase(CaseKind kind, string expected) => Assert.Equal(expected, KebabCase.Of(kind));

    [Theory]
    [InlineData("high-resolution", true, ReferenceClass.HighResolution)]
    [InlineData("Analytic", true, ReferenceClass.Analytic)]
    [InlineData("2", false, ReferenceClass.Analytic)]
    [InlineData("highresolution", false, ReferenceClass.Analytic)]
    public void TryParse_Text_AcceptsOnlyKebabNames(string text, bool ok, ReferenceClass expected)
    {
        Assert.Equal(ok, KebabCase.TryParse<ReferenceClass>(text, out var value));
        Assert.Equal(expected, value);
    }

    [FsCheck.Xunit.Property]
    public bool TryParse_OfEveryValue_RoundTrips(ReferenceClass value) =>
        !Enum.IsDefined(value) || (KebabCase.TryParse<ReferenceClass>(KebabCase.Of(value), out var back) && back == value);
}
