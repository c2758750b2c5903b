using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Reports.Tests.Verification;

/// <summary>Test PKI made with CertificateRequest: a CA and signer certificates (RSA or ECDSA) it issues.</summary>
internal static class TestCertificates
{
    public static X509Certificate2 Ca(string name = "TwinVal Test CA")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}, O=TwinVal test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
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
        using var rsa = ecdsa ? null : RSA.Create(2048);
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
        using var caKey = ca.GetRSAPrivateKey()!;
        using var issued = request.Create(ca.SubjectName, X509SignatureGenerator.CreateForRSA(caKey, RSASignaturePadding.Pkcs1),
            notBefore ?? DateTimeOffset.UtcNow.AddDays(-1), notAfter ?? DateTimeOffset.UtcNow.AddYears(5), serial);
        return ecdsa ? issued.CopyWithPrivateKey(ec!) : issued.CopyWithPrivateKey(rsa!);
    }

    public static X509Certificate2Collection Anchors(params X509Certificate2[] certificates) => [.. certificates];
}
