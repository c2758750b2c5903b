using TwinVal.Harness.Judging;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>A table cell showing a verdict as a word on a tinted background (readable in greyscale too: the word is there).</summary>
internal static class VerdictCell
{
    /// <summary>The cell for <paramref name="verdict"/>.</summary>
    public static TableCell Of(Verdict verdict) => new(ReportText.Word(verdict), Fill(verdict), FontFace.SansBold);

    /// <summary>Background for <paramref name="verdict"/>, or null for verdicts that need no attention colour.</summary>
    public static LayoutColor? Fill(Verdict verdict) => verdict switch
    {
        Verdict.Pass => LayoutColor.PassFill,
        Verdict.Fail => LayoutColor.FailFill,
        Verdict.Error => LayoutColor.ErrorFill,
        _ => null,
    };
}
