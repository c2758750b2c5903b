using System.Collections.Immutable;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>
/// The signature page (21 CFR 11.50: printed name, date and time, meaning of each signature). Signatures are applied
/// to the finished PDF as incremental updates; the page lists those present when the report was rendered.
/// </summary>
internal static class SignatureSection
{
    /// <summary>The text shown when the report carries no signature.</summary>
    public const string NoSignatures = "No signatures yet.";

    /// <summary>Signature page blocks.</summary>
    public static IEnumerable<LayoutBlock> Blocks()
    {
        yield return new PageBreakBlock();
        yield return new HeadingBlock(1, "Signatures");
        yield return new ParagraphBlock(
            "Each electronic signature records the signer's printed name, the date and time (UTC) of signing and its meaning " +
            "(for example review or approval). Signatures are appended to this file without changing the signed bytes.");
        yield return new TableBlock(
            [new TableColumn("Signer", 2f), new TableColumn("Date and time (UTC)", 1.5f), new TableColumn("Meaning", 1.5f)],
            [ImmutableArray.Create<TableCell>(NoSignatures, "—", "—")]);
    }
}
