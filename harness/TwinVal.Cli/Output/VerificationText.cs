using System.Globalization;
using System.Text;
using TwinVal.Reports.Verification;

namespace TwinVal.Cli.Output;

/// <summary>The text form of a <see cref="VerificationReport"/>: a signature table, an attachment table, then the reasons.</summary>
internal static class VerificationText
{
    public static string Render(VerificationReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{report.File}: {report.Size} bytes, {report.RevisionCount} revision(s), {report.Signatures.Length} signature(s)\n\n");
        if (report.Signatures.Length > 0)
        {
            var table = new TextTable(["#", "field", "signer", "time (/M)", "meaning", "subfilter", "covers", .. report.Signatures[0].Checks.Select(c => c.Name)]);
            foreach (var s in report.Signatures)
            {
                table.Add([s.Index.ToString(CultureInfo.InvariantCulture), s.FieldName, s.Signer + (s.DevelopmentSigner ? " [DEVELOPMENT SIGNER]" : ""),
                    s.SigningTime?.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture) ?? "-", s.Meaning, s.SubFilter, s.Coverage, .. s.Checks.Select(c => c.Cell)]);
            }

            text.Append(table).Append('\n');
            foreach (var s in report.Signatures)
            {
                text.Append(CultureInfo.InvariantCulture, $"signature {s.Index}: certificate {s.CertificateSubject}, SHA-256 {s.CertificateSha256}");
                text.Append(s.TimestampTime is { } t ? string.Create(CultureInfo.InvariantCulture, $", timestamp {t:yyyy-MM-dd HH:mm:ss zzz}\n") : ", no timestamp\n");
            }

            text.Append('\n');
        }

        if (report.Attachments.Length > 0)
        {
            var table = new TextTable("attachment", "size [bytes]", "SHA-256", "signed by", "checks");
            foreach (var a in report.Attachments)
            {
                table.Add(a.Name, a.Size.ToString(CultureInfo.InvariantCulture), a.Sha256, a.SignedBy is { } i ? $"signature {i}" : "NONE",
                    string.Join(", ", a.Checks.Select(c => $"{c.Name} {c.Cell}")));
            }

            text.Append(table).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"verdict: {report.Verdict.ToString().ToUpperInvariant()}\n");
        foreach (var reason in report.Reasons)
        {
            text.Append("  - ").Append(reason).Append('\n');
        }

        return text.ToString();
    }
}
