namespace TwinVal.Reports.Signing;

/// <summary>An RFC 3161 time-stamp authority.</summary>
public interface ITimestampAuthority
{
    /// <summary>Time-stamps <paramref name="signatureValue"/> (the SignerInfo's signature octets).</summary>
    /// <returns>The DER-encoded TimeStampToken (a CMS ContentInfo).</returns>
    Task<byte[]> TimestampAsync(byte[] signatureValue, CancellationToken cancellationToken);
}
