using System.Formats.Asn1;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using TwinVal.Reports.Signing;

namespace TwinVal.Reports.Tests.Signing;

/// <summary>
/// A minimal RFC 3161 time-stamp authority on 127.0.0.1 for tests: answers each TimeStampReq with a granted
/// TimeStampResp whose token is a CMS SignedData (content type id-ct-TSTInfo, ESS signing-certificate-v2 attribute)
/// signed by a self-signed certificate with the critical timeStamping extended key usage. Time comes from the clock
/// given, so tokens are reproducible.
/// </summary>
internal sealed class LocalTimestampAuthority : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task serving;
    private readonly TimeProvider clock;
    private long serial;

    public LocalTimestampAuthority(TimeProvider clock)
    {
        this.clock = clock;
        var dn = new X500DistinguishedName("CN=TwinVal test TSA");
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(dn, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.8")], critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        var now = clock.GetUtcNow();
        Certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        Url = new Uri($"http://127.0.0.1:{FreePort()}/tsa/");
        listener.Prefixes.Add(Url.ToString());
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public X509Certificate2 Certificate { get; }

    /// <summary>Requests answered so far.</summary>
    public int Requests => (int)Interlocked.Read(ref serial);

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var reply = Respond(body.ToArray());
            context.Response.ContentType = "application/timestamp-reply";
            await context.Response.OutputStream.WriteAsync(reply);
            context.Response.Close();
        }
    }

    private byte[] Respond(byte[] query)
    {
        if (!Rfc3161TimestampRequest.TryDecode(query, out var request, out _))
        {
            throw new InvalidOperationException("not a TimeStampReq");
        }

        var info = new Rfc3161TimestampTokenInfo(
            new Oid("1.3.6.1.4.1.99999.1"), request.HashAlgorithmId, request.GetMessageHash(),
            new BigInteger(Interlocked.Increment(ref serial)).ToByteArray(isUnsigned: true, isBigEndian: true),
            clock.GetUtcNow(), nonce: request.GetNonce());
        var cms = new SignedCms(new ContentInfo(new Oid("1.2.840.113549.1.9.16.1.4"), info.Encode()));
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, Certificate)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = request.RequestSignerCertificate ? X509IncludeOption.EndCertOnly : X509IncludeOption.None,
        };
        signer.SignedAttributes.Add(new AsnEncodedData(new Oid(SigningCertificateV2.Oid), SigningCertificateV2.Encode(Certificate)));
        cms.ComputeSignature(signer, silent: true);

        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteInteger(0); // granted
            }

            writer.WriteEncodedValue(cms.Encode());
        }

        return writer.Encode();
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
        Certificate.Dispose();
    }
}
