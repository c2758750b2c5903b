using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Reports.Signing;

/// <summary>
/// The 21 CFR 11.50 manifestation of one signature: printed name, date and time with time zone, meaning, plus the
/// certificate that identifies the signer. The same lines are drawn in the widget and written as its text.
/// </summary>
/// <param name="Lines">The lines, in display order.</param>
internal sealed record Manifestation(ImmutableArray<string> Lines)
{
    /// <summary>Builds the manifestation of <paramref name="request"/> signed at <paramref name="time"/>.</summary>
    public static Manifestation Of(SignatureRequest request, DateTimeOffset time)
    {
        var certificate = request.Certificate;
        var fingerprint = Convert.ToHexString(SHA256.HashData(certificate.RawData));
        return new Manifestation(
        [
            $"Signed by {request.PrintedName}",
            Display(time),
            $"Meaning: {request.MeaningText}",
            $"Certificate: {certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false)}, serial {certificate.SerialNumber}",
            // The first 128 bits identify the certificate on paper; the full value is in the machine-readable text.
            $"SHA-256: {fingerprint[..32]}…",
        ])
        {
            Text = string.Join("\n", [$"Signed by {request.PrintedName}", Display(time), $"Meaning: {request.MeaningText}",
                $"Certificate: {certificate.Subject}, serial {certificate.SerialNumber}", $"SHA-256: {fingerprint}"]),
        };
    }

    /// <summary>The machine-readable text (full subject and fingerprint), for /Contents and /TU.</summary>
    public string Text { get; init; } = string.Join("\n", Lines);

    /// <summary>Signing time as shown: UTC with the zone named.</summary>
    public static string Display(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>Signing time as a PDF date (§7.9.4), e.g. <c>D:20261124232500+00'00'</c>.</summary>
    public static string PdfDate(DateTimeOffset time) =>
        "D:" + time.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'";
}
