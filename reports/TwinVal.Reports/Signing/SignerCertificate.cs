using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Reports.Signing;

/// <summary>Loads a signer's certificate and private key from a PKCS#12 (.p12/.pfx) or PEM file.</summary>
public static class SignerCertificate
{
    /// <summary>
    /// Loads <paramref name="path"/>: PEM when the file starts with "-----BEGIN" (certificate plus private key, the
    /// key optionally encrypted), PKCS#12 otherwise. Every failure is a <see cref="SigningException"/> naming the file.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="password">The password of the PKCS#12 file or encrypted PEM key (never logged).</param>
    public static X509Certificate2 Load(string path, string? password)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new SigningException($"{path}: certificate file not found; expected a PKCS#12 (.p12) or PEM file");
        }

        var bytes = File.ReadAllBytes(path);
        var text = System.Text.Encoding.ASCII.GetString(bytes);
        var certificate = text.Contains("-----BEGIN", StringComparison.Ordinal) ? LoadPem(path, text, password) : LoadPkcs12(path, bytes, password);
        if (!certificate.HasPrivateKey)
        {
            var subject = certificate.Subject;
            certificate.Dispose();
            throw new SigningException($"{path}: the certificate '{subject}' has no private key; expected the signer's private key in the same file");
        }

        return certificate;
    }

    private static X509Certificate2 LoadPkcs12(string path, byte[] bytes, string? password)
    {
        try
        {
            // Ephemeral keys never touch the user's key store; nothing of the key outlives the process.
            return X509CertificateLoader.LoadPkcs12(bytes, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            throw new SigningException($"{path}: cannot open as PKCS#12 (wrong password, or not a PKCS#12 file): {e.Message}", e);
        }
    }

    private static X509Certificate2 LoadPem(string path, string text, string? password)
    {
        try
        {
            if (!text.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
            {
                return X509Certificate2.CreateFromPem(text);
            }

            return text.Contains("ENCRYPTED PRIVATE KEY", StringComparison.Ordinal)
                ? X509Certificate2.CreateFromEncryptedPem(text, text, password ?? string.Empty)
                : X509Certificate2.CreateFromPem(text, text);
        }
        catch (CryptographicException e)
        {
            throw new SigningException($"{path}: cannot read the PEM certificate and private key (wrong password or damaged file): {e.Message}", e);
        }
    }
}
