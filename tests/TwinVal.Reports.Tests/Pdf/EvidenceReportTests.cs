namespace TwinVal.Reports.Tests.Pdf;

/// <summary>The report's optional evidence sections, read back from the PDF with PdfPig.</summary>
public class EvidenceReportTests
{
    [Fact]
    public void RenderAsync_Ladder_PrintsLevelsTableAndConvergencePlotCaption()
    {
        var text = EvidenceReport.Text;

        Assert.Contains("Level h [s] φ [mmHg] |φ − φ_ext| Output", text, StringComparison.Ordinal);

        // |φ_h − φ_ext| = 0.5·h²: 5e-05 at h = 0.01.
        Assert.Contains("2 0.01 1.00005 5E-05 outputs/x/y.level-2.csv", text, StringComparison.Ordinal);
        Assert.Contains("wk2-diastolic-decay × wk-test, y-order: convergence of the final-value of P; observed order p = 2", text, StringComparison.Ordinal);

        // GCI_fine21 = 1.25·(0.00015/1.00005)/3 = 6.24969e-05.
        Assert.Contains("GCI_fine = 6.24969E-05 (0.00624969 %), asymptotic ratio 0.99985, monotonic-convergence.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_Ladder_PlotLegendShowsFittedAndExpectedSlopes()
    {
        var text = EvidenceReport.Text;

        // The points lie exactly on 0.5·h², so the least-squares slope is 2 (printed rounded to 3 decimals).
        Assert.Contains("least-squares slope 2", text, StringComparison.Ordinal);
        Assert.Contains("expected order 2", text, StringComparison.Ordinal);
        Assert.Contains("levels |φ_h − φ_ext|", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_CredibilityJsonInRecord_PrintsMatrixWithTargetsAchievedAndGaps()
    {
        var text = EvidenceReport.Text;

        Assert.Contains("Credibility assessment", text, StringComparison.Ordinal);
        Assert.Contains("Model risk level 4 (high)", text, StringComparison.Ordinal);
        Assert.Contains("Credibility sufficient no: at least one factor has a gap", text, StringComparison.Ordinal);
        Assert.Contains("Factor Target Achieved Evidence Gap Explanation", text, StringComparison.Ordinal);
        Assert.Contains("discretization-error high none none gap", text, StringComparison.Ordinal);
        Assert.Contains("failed:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_NoCredibilityJson_HasNoCredibilitySection()
    {
        Assert.DoesNotContain("Credibility assessment", string.Join('\n', SampleReport.Pages), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_PropertyChecks_PrintsSamplesSeedVerdictAndCounterexample()
    {
        var text = EvidenceReport.Text;

        Assert.Contains("Property Samples Seed Verdict Counterexample (shrunk)", text, StringComparison.Ordinal);
        Assert.Contains("P-monotone 200 42", text, StringComparison.Ordinal);
        Assert.Contains("R=0.5 mmHg*s/mL; C=2 mL/mmHg", text, StringComparison.Ordinal);
        Assert.Contains("P-positive 200 43", text, StringComparison.Ordinal);
        Assert.Contains("held at every sample", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Property Samples Seed", string.Join('\n', SampleReport.Pages), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_DeclaredPlot_IsDrawnWithItsTitleAndUnits()
    {
        var text = EvidenceReport.Text;

        Assert.Contains("wk2-diastolic-decay × wk-test: Declared pressure trace.", text, StringComparison.Ordinal);
        Assert.Contains("time [s]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_SolverFileHashes_AreListedInProvenance()
    {
        var text = EvidenceReport.Text;

        Assert.Contains("Solver binaries", text, StringComparison.Ordinal);
        Assert.Contains($"wk-test assembly /opt/solvers/wk-test.dll\n{EvidenceReport.SolverHash}\n", text, StringComparison.Ordinal);
    }
}
