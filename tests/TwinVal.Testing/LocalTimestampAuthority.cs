using System.Formats.Asn1;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Testing;

/// <summary>
/// A minimal RFC 3161 time-stamp authority on 127.0.0.1 for tests: answers each TimeStampReq with a granted
/// TimeStampResp (RFC 3161 §2.4.2) whose token is a CMS SignedData (content type id-ct-TSTInfo, ESS
/// signing-certificate-v2 attribute, RFC 5035 §3) signed by a self-signed certificate with the critical timeStamping
/// extended key usage. Time comes from the clock given, so tokens are reproducible. With <see cref="AnswerGarbage"/>
/// it answers every request with bytes that are no TimeStampResp, for the client's error path.
/// </summary>
public sealed class LocalTimestampAuthority : IDisposable
{
    private const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";
    private readonly HttpListener listener = new();
    private readonly Task serving;
    private readonly TimeProvider clock;
    private long serial;

    /// <summary>Starts listening on a free loopback port; times come from <paramref name="clock"/>.</summary>
    public LocalTimestampAuthority(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
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

    /// <summary>The URL to POST TimeStampReqs to.</summary>
    public Uri Url { get; }

    /// <summary>The TSA's self-signed certificate (with private key); trust it to verify its tokens.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>When true, every request is answered with HTTP 200 and bytes that are not a TimeStampResp.</summary>
    public bool AnswerGarbage { get; init; }

    /// <summary>Requests answered so far.</summary>
    public int Requests => (int)Interlocked.Read(ref serial);

    /// <summary>Stops listening and releases the certificate.</summary>
    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
        Certificate.Dispose();
    }

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
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body).ConfigureAwait(false);
            var reply = AnswerGarbage ? Garbage() : Respond(body.ToArray());
            context.Response.ContentType = "application/timestamp-reply";
            await context.Response.OutputStream.WriteAsync(reply).ConfigureAwait(false);
            context.Response.Close();
        }
    }

    private byte[] Garbage()
    {
        Interlocked.Increment(ref serial);
        return "<html>this is not a TimeStampResp</html>"u8.ToArray();
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
        signer.SignedAttributes.Add(new AsnEncodedData(new Oid(SigningCertificateV2Oid), SigningCertificateV2(Certificate)));
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

    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } (RFC 5035 §3), written here independently of
    // the harness's signer; ESSCertIDv2 omits hashAlgorithm (SHA-256 is the DEFAULT) and carries issuer and serial.
    private static byte[] SigningCertificateV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    writer.WriteOctetString(SHA256.HashData(certificate.RawData));
                    using (writer.PushSequence())
                    {
                        using (writer.PushSequence())
                        {
                            // GeneralName directoryName [4] EXPLICIT Name.
                            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true)))
                            {
                                writer.WriteEncodedValue(certificate.IssuerName.RawData);
                            }
                        }

                        writer.WriteInteger(certificate.SerialNumberBytes.Span);
                    }
                }
            }
        }

        return writer.Encode();
    }
}
