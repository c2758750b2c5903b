using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TwinVal.Reports.Signing;
using Xunit;

namespace TwinVal.Reports.Tests.Signing;

public sealed class SignerCertificateTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("twinval-certs-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Load_PemCertificateAndPlainKey_HasPrivateKey()
    {
        using var key = TestSigners.Ecdsa.GetECDsaPrivateKey()!;
        var path = Write("signer.pem", TestSigners.Ecdsa.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem());

        using var loaded = SignerCertificate.Load(path, password: null);

        Assert.True(loaded.HasPrivateKey);
        Assert.Equal(TestSigners.Ecdsa.Thumbprint, loaded.Thumbprint);
    }

    [Fact]
    public void Load_PemWithEncryptedKey_UsesPassword()
    {
        using var key = TestSigners.Ecdsa.GetECDsaPrivateKey()!;
        var encrypted = key.ExportEncryptedPkcs8PrivateKeyPem("pw", new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000));
        var path = Write("signer.pem", TestSigners.Ecdsa.ExportCertificatePem() + "\n" + encrypted);

        using var loaded = SignerCertificate.Load(path, "pw");
        Assert.True(loaded.HasPrivateKey);
        var error = Assert.Throws<SigningException>(() => SignerCertificate.Load(path, "wrong"));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PemWithoutKey_SaysNoPrivateKey()
    {
        var path = Write("public.pem", TestSigners.Ecdsa.ExportCertificatePem());

        var error = Assert.Throws<SigningException>(() => SignerCertificate.Load(path, null));

        Assert.Contains("has no private key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Pkcs12WrongPassword_SaysWrongPasswordNamingFile()
    {
        var path = Path.Combine(folder, "signer.p12");
        File.WriteAllBytes(path, TestSigners.Ecdsa.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, "right"));

        var error = Assert.Throws<SigningException>(() => SignerCertificate.Load(path, "wrong"));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("wrong password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_KeyUsageOnlyKeyEncipherment_Refused()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Encrypt only", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(TestSigners.Clock().GetUtcNow().AddDays(-1), TestSigners.Clock().GetUtcNow().AddDays(1));

        var error = Assert.Throws<SigningException>(() => CertificateChecks.Check(certificate, TestSigners.Clock().GetUtcNow(), "test.p12"));

        Assert.Contains("expected digitalSignature or nonRepudiation", error.Message, StringComparison.Ordinal);
    }
}
