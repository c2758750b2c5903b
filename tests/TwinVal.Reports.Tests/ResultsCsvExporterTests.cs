namespace TwinVal.Reports.Tests;

public sealed class ResultsCsvExporterTests
{
    [Fact]
    public async Task ExportAsync_SampleRun_OneRowPerRunInPlanOrder()
    {
        var csv = await SampleRun.RenderAsync(new ResultsCsvExporter(), SampleRun.Summary());

        Assert.Equal(
            "case,solver,verdict,checks_passed,checks_failed,wall_ms,message\n" +
            "hh-spike,hh-ref,fail,1,2,1534.5,\"2 of 3 checks failed: V-peak, V-shape\"\n" +
            "hh-spike,wk-rk4,unsupported,0,0,0,solver 'wk-rk4' does not implement model 'hodgkin-huxley'\n" +
            "wk2-decay,hh-ref,error,0,0,2.25,\"solver 'hh-ref' failed on case 'wk2-decay': SolverException: \"\"R\"\" <missing> & C=1.5, bad\"\n" +
            "wk2-decay,wk-rk4,pass,1,0,87.0625,all 1 checks passed\n",
            csv);
    }
}
