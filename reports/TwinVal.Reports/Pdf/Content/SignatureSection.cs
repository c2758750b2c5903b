using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>
/// The signature page (21 CFR 11.50: printed name, date and time, meaning of each signature). Signatures are applied
/// to the finished PDF as incremental updates, each adding its own visible signature field at the foot of this page;
/// the page itself is rendered before any of them, so its text only explains where they appear.
/// </summary>
internal static class SignatureSection
{

    /// <summary>Signature page blocks.</summary>
    public static IEnumerable<LayoutBlock> Blocks()
    {
        yield return new PageBreakBlock();
        yield return new HeadingBlock(1, "Signatures");
        yield return new ParagraphBlock(
            "Each electronic signature records the signer's printed name, the date and time (UTC) of signing and its meaning " +
            "(for example authorship, review or approval). Signatures are appended to this file without changing the signed " +
            "bytes; each appears as a signature field at the foot of this page, in the order it was applied. A report without " +
            "fields below is unsigned. Check every signature, and that nothing changed after it, with 'twinval verify'.");
    }
}
