using TwinVal.Harness.Judging;
using TwinVal.Reports.Pdf.Content;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Tests.Pdf.Content;

public sealed class ValidationTableTests
{
    [Fact]
    public void Blocks_RunWithComparisons_ListsEveryComponentAndTheLimit()
    {
        var run = SampleRun.Summary().Results[^1];

        var blocks = ValidationTable.Blocks(run).ToList();

        var table = Assert.IsType<TableBlock>(blocks[1]);
        Assert.Equal(2, table.Rows.Length);
        var first = table.Rows[0].Select(c => c.Text).ToList();

        // S, D, E, u_num, u_input, u_D, u_val, k, then the V&V 20 limit k·u_val = 2·0.9014 = 1.803.
        Assert.Equal(["80", "78.5", "1.5", "0.01", "0.75", "0.5", "0.9014", "2", "|E| ≤ 1.803"], first.Skip(1).Take(9));
        Assert.Equal("|E| + k·u_val ≤ 5", table.Rows[1][9].Text);
        Assert.Equal("NaN", table.Rows[1][4].Text);
        Assert.Contains(blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("P-vv20: D from bench rig, Table 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Blocks_RunWithoutComparisons_PrintsNothing() =>
        Assert.Empty(ValidationTable.Blocks(new JudgedRun("c", "s", Verdict.Pass, [], "m", TimeSpan.Zero, null)));
}
