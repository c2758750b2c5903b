namespace TwinVal.Reports.Signing;

/// <summary>Key algorithm of a development signer.</summary>
public enum KeyAlgorithm
{
    /// <summary>RSA, 3072 bits, PKCS#1 v1.5 signatures.</summary>
    Rsa,

    /// <summary>ECDSA on NIST P-256.</summary>
    Ecdsa,
}
