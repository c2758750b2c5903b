using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Reports.Verification;

/// <summary>
/// Checks of the signer certificate (RFC 5280): a chain to the caller's trust anchors at the signing time, key usage
/// fit for signing, and validity at the signing time. Offline on purpose: no downloads, no revocation queries (a
/// verifier of archived evidence must give the same answer tomorrow).
/// </summary>
internal static class CertificateChecks
{
    // Extended key usages fit for document signatures: any, e-mail protection (S/MIME signers), document signing
    // (RFC 9336), Adobe authentic documents, Microsoft document signing.
    private static readonly string[] SigningUsages = ["2.5.29.37.0", "1.3.6.1.5.5.7.3.4", "1.3.6.1.5.5.7.3.36", "1.2.840.113583.1.1.5", "1.3.6.1.4.1.311.10.3.12"];

    public static VerificationCheck Chain(X509Certificate2? certificate, X509Certificate2Collection extra, X509Certificate2Collection anchors, DateTimeOffset? at, string name = "chain")
    {
        if (certificate is null)
        {
            return VerificationCheck.Fail(name, "no certificate", "a certificate chaining to a trust anchor", "the signer cannot be identified");
        }

        if (anchors.Count == 0)
        {
            return VerificationCheck.Fail(name, "untrusted: no anchors given", "--trust naming the CA or self-signed certificate(s) to trust", "without anchors nobody vouches for the signer's identity");
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(anchors);
        chain.ChainPolicy.ExtraStore.AddRange(extra);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        if (at is { } time)
        {
            chain.ChainPolicy.VerificationTime = time.UtcDateTime;
        }

        if (chain.Build(certificate))
        {
            var path = string.Join(" → ", chain.ChainElements.Select(e => e.Certificate.GetNameInfo(X509NameType.SimpleName, false)));
            return VerificationCheck.Ok(name, $"chains to a trust anchor: {path}");
        }

        var status = string.Join("; ", chain.ChainStatus.Select(s => $"{s.Status}: {s.StatusInformation.Trim()}").Distinct());
        return VerificationCheck.Fail(name, status.Length == 0 ? "no chain" : status, "a chain to one of the --trust anchors, valid at the signing time", "the signer's identity is not vouched for by a trusted authority");
    }

    public static VerificationCheck KeyUsage(X509Certificate2? certificate)
    {
        const string Name = "key usage";
        if (certificate is null)
        {
            return VerificationCheck.Fail(Name, "no certificate", "a signer certificate", "the signer cannot be identified");
        }

        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        if (usage is not null && (usage.KeyUsages & (X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation)) == 0)
        {
            return VerificationCheck.Fail(Name, $"key usage {usage.KeyUsages}", "digitalSignature or nonRepudiation", "the issuer did not allow this key to sign documents");
        }

        var extended = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault();
        if (extended is not null && !extended.EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Any(o => SigningUsages.Contains(o.Value)))
        {
            var found = string.Join(", ", extended.EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Select(o => o.FriendlyName ?? o.Value));
            return VerificationCheck.Fail(Name, $"extended key usage {found}", "document signing, e-mail protection or any extended key usage", "the issuer restricted this key to other purposes");
        }

        return VerificationCheck.Ok(Name, usage is null ? "no key-usage restriction" : $"{usage.KeyUsages}");
    }

    public static VerificationCheck Validity(X509Certificate2? certificate, DateTimeOffset? at, string source)
    {
        const string Name = "validity at signing time";
        if (certificate is null)
        {
            return VerificationCheck.Fail(Name, "no certificate", "a signer certificate", "the signer cannot be identified");
        }

        var from = new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero);
        var until = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        if (at is not { } time)
        {
            return VerificationCheck.Fail(Name, "no signing time (no timestamp, /M or signingTime attribute)", $"a signing time within {from:u} – {until:u}", "validity cannot be judged without a time");
        }

        return time >= from && time <= until
            ? VerificationCheck.Ok(Name, $"{time:u} ({source}) within {from:u} – {until:u}")
            : VerificationCheck.Fail(Name, $"signing time {time:u} ({source})", $"within the certificate's validity {from:u} – {until:u}", "a certificate outside its validity period vouches for nothing");
    }
}
