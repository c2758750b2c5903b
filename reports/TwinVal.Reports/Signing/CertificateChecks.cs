using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Reports.Signing;

/// <summary>The checks a signing certificate must pass before anything is written.</summary>
public static class CertificateChecks
{
    /// <summary>
    /// Throws <see cref="SigningException"/> unless <paramref name="certificate"/> has a private key, is valid at
    /// <paramref name="signingTime"/> and its key usage (when present) allows digital signatures or non-repudiation.
    /// </summary>
    /// <param name="certificate">The signer's certificate.</param>
    /// <param name="signingTime">The signing time.</param>
    /// <param name="source">The file the certificate came from, named in messages.</param>
    public static void Check(X509Certificate2 certificate, DateTimeOffset signingTime, string source)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!certificate.HasPrivateKey)
        {
            throw new SigningException($"{source}: the certificate '{certificate.Subject}' has no private key; expected a PKCS#12 file or a PEM file holding both the certificate and its private key");
        }

        var time = signingTime.UtcDateTime;
        if (time < certificate.NotBefore.ToUniversalTime() || time > certificate.NotAfter.ToUniversalTime())
        {
            throw new SigningException(
                $"{source}: the certificate '{certificate.Subject}' is valid from {certificate.NotBefore.ToUniversalTime():yyyy-MM-dd HH:mm:ss} to " +
                $"{certificate.NotAfter.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC, but the signing time is {time:yyyy-MM-dd HH:mm:ss} UTC (expired or not yet valid)");
        }

        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        if (usage is not null && (usage.KeyUsages & (X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation)) == 0)
        {
            throw new SigningException($"{source}: the certificate's key usage is '{usage.KeyUsages}'; expected digitalSignature or nonRepudiation");
        }
    }
}
