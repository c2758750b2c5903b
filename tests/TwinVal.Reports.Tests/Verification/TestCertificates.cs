using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Reports.Tests.Verification;

/// <summary>
/// Test PKI made with CertificateRequest: an ECDSA P-256 CA (fast to generate, so tests stay quick) and signer
/// certificates (RSA or ECDSA) it issues. The common ones are made once per test session.
/// </summary>
internal static class TestCertificates
{
    private static readonly Lazy<X509Certificate2> SharedCa = new(() => Ca());
    private static readonly Lazy<X509Certificate2> SharedRsa = new(() => Signer(SharedCa.Value));
    private static readonly Lazy<X509Certificate2> SharedEcdsa = new(() => Signer(SharedCa.Value, ecdsa: true));

    /// <summary>The session's CA.</summary>
    public static X509Certificate2 TestCa => SharedCa.Value;

    /// <summary>The session's RSA 2048 signer, issued by <see cref="TestCa"/>.</summary>
    public static X509Certificate2 RsaSigner => SharedRsa.Value;

    /// <summary>The session's ECDSA P-256 signer, issued by <see cref="TestCa"/>.</summary>
    public static X509Certificate2 EcdsaSigner => SharedEcdsa.Value;

    public static X509Certificate2 Ca(string name = "TwinVal Test CA")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}, O=TwinVal test", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-5), DateTimeOffset.UtcNow.AddYears(20));
    }

    /// <summary>A signer certificate with its private key, issued by <paramref name="ca"/>.</summary>
    public static X509Certificate2 Signer(X509Certificate2 ca, bool ecdsa = false, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null,
        string name = "Jane Doe", string organisation = "TwinVal development signer", X509KeyUsageFlags usage = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, string? eku = null)
    {
        var subject = $"CN={name}, O={organisation}";
        using var rsa = ecdsa ? null : RSA.Create(2048); // RSA key generation is the slow part: share signers where the test allows
        using var ec = ecdsa ? ECDsa.Create(ECCurve.NamedCurves.nistP256) : null;
        var request = ecdsa ? new CertificateRequest(subject, ec!, HashAlgorithmName.SHA256) : new CertificateRequest(subject, rsa!, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
        if (eku is not null)
        {
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(eku)], true));
        }

        var serial = RandomNumberGenerator.GetBytes(8);
        serial[0] &= 0x7F;
        using var caKey = ca.GetECDsaPrivateKey()!;
        using var issued = request.Create(ca.SubjectName, X509SignatureGenerator.CreateForECDsa(caKey),
            notBefore ?? DateTimeOffset.UtcNow.AddDays(-1), notAfter ?? DateTimeOffset.UtcNow.AddYears(5), serial);
        return ecdsa ? issued.CopyWithPrivateKey(ec!) : issued.CopyWithPrivateKey(rsa!);
    }

    public static X509Certificate2Collection Anchors(params X509Certificate2[] certificates) => [.. certificates];
}
