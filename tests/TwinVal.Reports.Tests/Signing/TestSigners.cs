using System.Security.Cryptography.X509Certificates;
using TwinVal.Reports.Signing;
using TwinVal.Testing;

namespace TwinVal.Reports.Tests.Signing;

/// <summary>Development signers created once per test session from the fixed test clock.</summary>
internal static class TestSigners
{
    private static readonly Lazy<X509Certificate2> RsaSigner = new(() => DevelopmentCertificate.Create("Ada Reviewer", KeyAlgorithm.Rsa, TestClock.At()));
    private static readonly Lazy<X509Certificate2> EcdsaSigner = new(() => DevelopmentCertificate.Create("Eve Approver", KeyAlgorithm.Ecdsa, TestClock.At()));

    public static X509Certificate2 Rsa => RsaSigner.Value;

    public static X509Certificate2 Ecdsa => EcdsaSigner.Value;

    /// <summary>A clock one hour after the certificates were created.</summary>
    public static TimeProvider Clock() => TestClock.At(TestClock.Epoch.AddHours(1));
}
