using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Reports.Signing;

/// <summary>
/// Self-signed development signers (<c>twinval keygen</c>). Their subject says they are for development, and any
/// report signed with one carries a visible "not for submission" banner on every page.
/// </summary>
public static class DevelopmentCertificate
{
    /// <summary>The organisation every development certificate names.</summary>
    public const string Organization = "TwinVal development signer";

    /// <summary>The organisational unit every development certificate names.</summary>
    public const string OrganizationalUnit = "Development - not for submission";

    /// <summary>The banner drawn on every page of a report signed with a development certificate.</summary>
    public const string Banner = "DEVELOPMENT SIGNATURE — NOT FOR SUBMISSION";

    /// <summary>Validity of a development certificate (two years from creation).</summary>
    public static TimeSpan Validity { get; } = TimeSpan.FromDays(730);

    /// <summary>Creates a self-signed certificate with a private key for <paramref name="name"/>.</summary>
    /// <param name="name">The signer's name (CN).</param>
    /// <param name="algorithm">Key algorithm.</param>
    /// <param name="clock">Source of the validity start.</param>
    public static X509Certificate2 Create(string name, KeyAlgorithm algorithm, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(clock);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(name);
        subject.AddOrganizationName(Organization);
        subject.AddOrganizationalUnitName(OrganizationalUnit);
        var dn = subject.Build();
        var now = clock.GetUtcNow();
        // Start a minute early so a certificate created and used in the same second is already valid on a
        // machine whose clock is slightly behind.
        var notBefore = now.AddMinutes(-1);
        var notAfter = now + Validity;
        if (algorithm == KeyAlgorithm.Ecdsa)
        {
            using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return Build(new CertificateRequest(dn, ecdsa, HashAlgorithmName.SHA256), notBefore, notAfter);
        }

        // RSA 3072 bits: the NIST SP 800-57 size for security beyond 2030.
        using var rsa = RSA.Create(3072);
        return Build(new CertificateRequest(dn, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1), notBefore, notAfter);
    }

    /// <summary>True when <paramref name="certificate"/> is a TwinVal development certificate.</summary>
    public static bool IsDevelopment(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.SubjectName.EnumerateRelativeDistinguishedNames()
            .Any(rdn => rdn.GetSingleElementType().Value is "2.5.4.10" or "2.5.4.11" &&
                        rdn.GetSingleElementValue() is Organization or OrganizationalUnit);
    }

    private static X509Certificate2 Build(CertificateRequest request, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        // Document signing EKU (1.3.6.1.4.1.311.10.3.12) and email protection let PDF viewers accept the key for signing.
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.4.1.311.10.3.12"), new Oid("1.3.6.1.5.5.7.3.4")], critical: false));
        return request.CreateSelfSigned(notBefore, notAfter);
    }
}
