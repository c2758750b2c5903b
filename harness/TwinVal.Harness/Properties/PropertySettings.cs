using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Properties;

/// <summary>How many samples each property check draws and how long shrinking may go on.</summary>
/// <param name="Samples">Samples per property check (<c>--property-samples</c>); null for the tier's default.</param>
/// <param name="MaxShrinkRounds">Most shrink rounds (each solves up to <see cref="CandidatesPerRound"/> candidates).</param>
/// <param name="CandidatesPerRound">Most shrink candidates solved per round.</param>
public sealed record PropertySettings(int? Samples = null, int MaxShrinkRounds = 24, int CandidatesPerRound = 8)
{
    /// <summary>Samples for a run of <paramref name="tier"/>: 20 for smoke, 50 for continuous, 200 for nightly, unless set.</summary>
    // Smoke and continuous runs are in every CI job: 20–50 samples find a violation covering a few percent of the range
    // with probability 1 − 0.97^n (46 % at 20, 78 % at 50); nightly runs draw 200 (99.8 %).
    public int SamplesFor(Tier tier) => Samples ?? tier switch
    {
        Tier.Smoke => 20,
        Tier.Continuous => 50,
        _ => 200,
    };
}
