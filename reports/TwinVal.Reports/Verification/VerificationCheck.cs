namespace TwinVal.Reports.Verification;

/// <summary>One check of a signature or attachment: what was found, what was expected, and why it matters.</summary>
/// <param name="Name">The check: "digest", "CMS signature", "chain", …</param>
/// <param name="Status">Outcome.</param>
/// <param name="Found">What the file holds (for a passing check, a short description of what was verified).</param>
/// <param name="Expected">What a valid file holds.</param>
/// <param name="Why">Why a failure matters.</param>
public sealed record VerificationCheck(string Name, VerificationStatus Status, string Found, string Expected, string Why)
{
    /// <summary>A passing check.</summary>
    public static VerificationCheck Ok(string name, string found) => new(name, VerificationStatus.Ok, found, "", "");

    /// <summary>A failing check.</summary>
    public static VerificationCheck Fail(string name, string found, string expected, string why) => new(name, VerificationStatus.Failed, found, expected, why);

    /// <summary>A check that does not apply.</summary>
    public static VerificationCheck NotApplicable(string name, string found) => new(name, VerificationStatus.NotApplicable, found, "", "");

    /// <summary>Short cell text: "ok", "n/a" or "FAILED".</summary>
    public string Cell => Status switch
    {
        VerificationStatus.Ok => "ok",
        VerificationStatus.NotApplicable => "n/a",
        _ => "FAILED",
    };

    /// <inheritdoc />
    public override string ToString() => Status == VerificationStatus.Failed
        ? $"{Name}: found {Found}; expected {Expected} ({Why})"
        : $"{Name}: {Found}";
}
