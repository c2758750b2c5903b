using TwinVal.Harness.Catalog;
using TwinVal.Harness.Planning;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Planning;

public sealed class CaseSelectorTests
{
    private static readonly ReferenceCase Decay = new CaseBuilder("wk2-diastolic-decay").InDomain(Domain.Cardiology).Tagged("analytic").InTier(Tier.Smoke).Build();
    private static readonly ReferenceCase Wk3 = new CaseBuilder("wk3-ejection").InDomain(Domain.Cardiology).InTier(Tier.Continuous).Build();
    private static readonly ReferenceCase Hh = new CaseBuilder("hh-action-potential").InDomain(Domain.Neurology).Tagged("published").InTier(Tier.Nightly).Build();

    private static string[] Select(string pattern)
    {
        var (selector, problems) = CaseSelector.Parse(pattern);
        Assert.Empty(problems);
        return [.. new[] { Decay, Wk3, Hh }.Where(selector.Matches).Select(c => c.Id)];
    }

    [Theory]
    [InlineData("wk2-*", new[] { "wk2-diastolic-decay" })]
    [InlineData("*decay*", new[] { "wk2-diastolic-decay" })]
    [InlineData("wk?-*", new[] { "wk2-diastolic-decay", "wk3-ejection" })]
    [InlineData("hh-action-potential", new[] { "hh-action-potential" })]
    [InlineData("hh-action", new string[0])]
    public void Matches_IdGlob_SelectsMatchingIds(string pattern, string[] expected) =>
        Assert.Equal(expected, Select(pattern));

    [Fact]
    public void Matches_Domain_SelectsThatDomainOnly() =>
        Assert.Equal(["wk2-diastolic-decay", "wk3-ejection"], Select("domain:cardiology"));

    [Fact]
    public void Matches_Tag_SelectsTaggedCases() => Assert.Equal(["hh-action-potential"], Select("tag:published"));

    [Theory]
    [InlineData("tier:smoke", new[] { "wk2-diastolic-decay" })]
    [InlineData("tier:continuous", new[] { "wk2-diastolic-decay", "wk3-ejection" })]
    [InlineData("tier:nightly", new[] { "wk2-diastolic-decay", "wk3-ejection", "hh-action-potential" })]
    public void Matches_Tier_SelectsThatTierAndCheaper(string pattern, string[] expected) => Assert.Equal(expected, Select(pattern));

    [Fact]
    public void Matches_CommaSeparatedTerms_SelectsUnion() =>
        Assert.Equal(["wk2-diastolic-decay", "hh-action-potential"], Select("tag:analytic, domain:neurology"));

    [Fact]
    public void Matches_IdGlobIsLiteralApartFromWildcards_DotDoesNotMatchAnyCharacter()
    {
        var dotted = new CaseBuilder("a.b").Build();
        var other = new CaseBuilder("axb").Build();
        var (selector, _) = CaseSelector.Parse("a.b");
        Assert.True(selector.Matches(dotted));
        Assert.False(selector.Matches(other));
    }

    [Fact]
    public void Parse_Blank_SelectsEverything()
    {
        var (selector, problems) = CaseSelector.Parse("  ");
        Assert.Empty(problems);
        Assert.True(selector.Matches(Hh));
    }

    [Fact]
    public void Parse_UnknownDomainAndTier_ReportsEachWithExpectedValues()
    {
        var (_, problems) = CaseSelector.Parse("domain:cardio,tier:weekly");
        Assert.Equal(2, problems.Length);
        Assert.All(problems, p => Assert.Equal("<command line>", p.File));
        Assert.Contains("expected one of cardiology, neurology, oncology, verification", problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, problems[0].Column);
        Assert.Contains("expected one of smoke, continuous, nightly", problems[1].Message, StringComparison.Ordinal);
        Assert.Equal(15, problems[1].Column);
    }

    [Theory]
    [InlineData("wk2-*,,hh-*", "empty term")]
    [InlineData("color:red", "unknown selector 'color:'")]
    [InlineData("tag:", "empty tag")]
    public void Parse_MalformedTerm_ReportsProblemOnCasesOption(string pattern, string expected)
    {
        var (_, problems) = CaseSelector.Parse(pattern);
        var problem = Assert.Single(problems);
        Assert.Equal("--cases", problem.Field);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }
}
