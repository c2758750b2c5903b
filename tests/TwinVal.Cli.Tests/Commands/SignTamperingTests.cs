using System.Security.Cryptography.X509Certificates;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PdfFileRevision = TwinVal.Reports.PdfFile.PdfRevision;
using TwinVal.Reports.PdfFile;
using TwinVal.Reports.Verification;

namespace TwinVal.Cli.Tests.Commands;

/// <summary>
/// Issue 8 tampering on our own signed output (author signature by <c>run --sign</c>, reviewer's by <c>sign</c>):
/// a changed byte inside a signed range, a removed attachment and appended bytes are each caught by <c>twinval
/// verify</c> (exit 1, the failing check named; exit 2 naming the byte when the change breaks the last cross-reference
/// section) and by poppler's pdfsig.
/// </summary>
public sealed class SignTamperingTests(SignedRunFixture run) : IClassFixture<SignedRunFixture>
{
    private static readonly string[] RangeChecks = ["byte range", "digest", "CMS signature"];

    // A handful of samples: each one is a full verification plus a pdfsig process (about 0.1 s).
    [Property(MaxTest = 8)]
    public Property FlipByte_InsideASignedRange_BreaksEveryCoveringSignature()
    {
        var gen =
            from signature in Gen.Choose(0, 1)
            from range in Gen.Choose(0, 1)
            from fraction in Gen.Choose(0, 999_999)
            from mask in Gen.Choose(1, 255)
            select (signature, range, fraction, mask);
        var ranges = PdfVerifier.Verify(run.Reviewed, [], "reviewed.pdf").Signatures.Select(s => s.ByteRange).ToArray();

        return Prop.ForAll(gen.ToArbitrary(), sample =>
        {
            var r = ranges[sample.signature];
            var (start, length) = sample.range == 0 ? (r[0], r[1]) : (r[2], r[3]);
            var position = (int)(start + (length * sample.fraction / 1_000_000));
            var tampered = (byte[])run.Reviewed.Clone();
            tampered[position] ^= (byte)sample.mask;
            var covering = ranges.Select((s, i) => (s, i)).Where(x => Covers(x.s, position)).Select(x => x.i).ToArray();

            var report = PdfVerifier.Verify(tampered, Anchors(), "tampered.pdf");

            // Never valid. A byte in the content is a failed range check (exit 1); a byte in the last cross-reference
            // section or trailer makes the file unreadable (exit 2), and the problem names the byte offset.
            Assert.NotEqual(VerificationVerdict.Valid, report.Verdict);
            if (report.Verdict == VerificationVerdict.Unreadable)
            {
                Assert.Contains("byte ", report.Problems[0].ToString(), StringComparison.Ordinal);
            }
            else
            {
                foreach (var i in covering.Where(i => i < report.Signatures.Length))
                {
                    var failed = report.Signatures[i].Checks.Where(c => c.Status == VerificationStatus.Failed).Select(c => c.Name).ToList();
                    Assert.True(failed.Intersect(RangeChecks).Any(), $"byte {position} (mask {sample.mask:X2}), signature {i + 1}: failed checks [{string.Join(", ", failed)}]");
                }
            }

            var blocks = PdfSigBlocks.Of(run.Write("flipped.pdf", tampered));
            var validByPdfSig = blocks.Count(PdfSigBlocks.Valid);
            Assert.True(validByPdfSig <= ranges.Length - covering.Length, $"byte {position}: pdfsig still calls {validByPdfSig} signature(s) valid; {covering.Length} of {ranges.Length} cover the byte");
        });
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2)]
    public async Task FlipByte_MiddleOfRange_VerifyExitsOneWithDigestFailed(int signature, int rangeStart)
    {
        var r = PdfVerifier.Verify(run.Reviewed, [], "reviewed.pdf").Signatures[signature].ByteRange;
        var tampered = (byte[])run.Reviewed.Clone();
        tampered[(int)(r[rangeStart] + (r[rangeStart + 1] / 2))] ^= 0x01;
        run.Write("middle.pdf", tampered);

        var verify = (await run.VerifyAsync("middle.pdf")).AssertExit(ExitCodes.Failure);

        Assert.Contains("verdict: INVALID", verify.Out, StringComparison.Ordinal);
        Assert.Contains($"signature {signature + 1}: digest: found", verify.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlipByte_InLastXrefSection_VerifyExitsTwoNamingTheBytePdfSigDigestMismatch()
    {
        var tampered = (byte[])run.Reviewed.Clone();
        var xref = tampered.AsSpan().LastIndexOf("\nxref\n"u8) + 1;
        // Byte 20 of the section lies in its first entry's offset or generation digits.
        tampered[xref + 20] ^= 0xB7;
        var path = run.Write("xref.pdf", tampered);

        var verify = (await run.VerifyAsync("xref.pdf")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains("error: byte ", verify.Error, StringComparison.Ordinal);
        Assert.Contains("xref", verify.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(PdfSigBlocks.Of(path), b => PdfSigBlocks.Valid(b) && PdfSigBlocks.Total(b));
    }

    [Fact]
    public async Task RemoveAttachment_ByIncrementalUpdate_VerifyReportsModificationPdfSigNotTotal()
    {
        var revision = PdfFileRevision.Read(run.AuthorSigned);
        var update = new PdfIncrementalUpdate(revision);
        var catalog = update.CurrentDictionary(revision.Root);
        var names = revision.Resolve(catalog["Names"]) as PdfDictionary ?? throw new InvalidOperationException("the signed report has no /Names");
        var withoutFiles = names.Without("EmbeddedFiles");
        if (catalog["Names"] is PdfReference namesRef)
        {
            update.Set(namesRef, withoutFiles);
        }
        else
        {
            catalog = catalog.With("Names", withoutFiles);
        }

        update.Set(revision.Root, catalog.Without("AF"));
        var path = run.Write("stripped.pdf", update.AppendTo(run.AuthorSigned).Bytes);

        var verify = (await run.VerifyAsync("stripped.pdf")).AssertExit(ExitCodes.Failure);
        var report = PdfVerifier.VerifyFile(path, Anchors());

        Assert.Empty(report.Attachments);
        var modification = report.Signatures[0].Check("modifications after signing");
        Assert.Equal(VerificationStatus.Failed, modification.Status);
        Assert.Contains("(unsigned)", modification.Found, StringComparison.Ordinal);
        Assert.Contains("signature 1: modifications after signing", verify.Out, StringComparison.Ordinal);
        // pdfsig checks the signed bytes (still intact) and says the signature no longer covers the file.
        var block = Assert.Single(PdfSigBlocks.Of(path));
        Assert.False(PdfSigBlocks.Total(block), block);
        Assert.Contains("Not total document signed", block, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AppendBytes_AfterLastSignature_VerifyReportsUnsignedBytesPdfSigNotTotal(bool reviewed)
    {
        byte[] original = reviewed ? run.Reviewed : run.AuthorSigned;
        var path = run.Write("appended.pdf", [.. original, .. "% appended after signing\n"u8]);

        var verify = (await run.VerifyAsync("appended.pdf")).AssertExit(ExitCodes.Failure);

        var last = original == run.Reviewed ? 2 : 1;
        Assert.Contains($"signature {last}: modifications after signing: found modified after signing: 25 unsigned bytes appended", verify.Out, StringComparison.Ordinal);
        var blocks = PdfSigBlocks.Of(path);
        Assert.Equal(last, blocks.Length);
        Assert.DoesNotContain(blocks, PdfSigBlocks.Total);
    }

    private static bool Covers(System.Collections.Immutable.ImmutableArray<long> r, int position) =>
        (position >= r[0] && position < r[0] + r[1]) || (position >= r[2] && position < r[2] + r[3]);

    private X509Certificate2Collection Anchors() =>
        TrustAnchors.Load([Path.Combine(run.Sandbox.Root, "author.pem"), Path.Combine(run.Sandbox.Root, "reviewer.pem")]).Anchors;
}
