using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;

namespace TwinVal.Reports.Signing;

/// <summary>
/// RFC 3161 client over HTTP (RFC 3161 §3.4): POSTs a TimeStampReq with the SHA-256 of the signature value, a nonce and
/// certReq, and checks the response's status, imprint and nonce (<c>Rfc3161TimestampRequest.ProcessResponse</c>).
/// </summary>
/// <param name="url">The TSA's URL.</param>
/// <param name="http">HTTP client (the caller owns it).</param>
public sealed class HttpTimestampAuthority(Uri url, HttpClient http) : ITimestampAuthority
{
    /// <summary>The TSA's URL.</summary>
    public Uri Url { get; } = url ?? throw new ArgumentNullException(nameof(url));

    /// <inheritdoc/>
    public async Task<byte[]> TimestampAsync(byte[] signatureValue, CancellationToken cancellationToken)
    {
        // A random nonce binds the response to this request (RFC 3161 §2.4.1); it is not part of the signed document.
        var nonce = RandomNumberGenerator.GetBytes(8);
        nonce[0] &= 0x7F;
        // The message imprint is the SHA-256 of the signature value octets (RFC 3161 appendix A), i.e. of the data passed.
        var request = Rfc3161TimestampRequest.CreateFromData(signatureValue, HashAlgorithmName.SHA256, nonce: nonce, requestSignerCertificates: true);
        using var content = new ByteArrayContent(request.Encode());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/timestamp-query");
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(Url, content, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new SigningException($"time-stamp authority {Url}: request failed: {e.Message}", e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new SigningException($"time-stamp authority {Url}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}; expected 200 with application/timestamp-reply");
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var token = request.ProcessResponse(body, out _);
                return token.AsSignedCms().Encode();
            }
            catch (CryptographicException e)
            {
                throw new SigningException($"time-stamp authority {Url}: the response is not a valid time-stamp for this signature: {e.Message}", e);
            }
        }
    }
}
