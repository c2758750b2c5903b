namespace TwinVal.Reports.Tests;

public sealed class ChecksCsvExporterTests
{
    [Fact]
    public async Task ExportAsync_SampleRun_OneRowPerCheckWithRoundTripNumbers()
    {
        var csv = await SampleRun.RenderAsync(new ChecksCsvExporter(), SampleRun.Summary());

        Assert.Equal(
            "case,solver,check,metric,variable,value,limit,margin,unit,verdict,message,seed,samples,counterexample\n" +
            "hh-spike,hh-ref,V-peak,qoi:max,V,1.25,0.5,-0.75,mV,fail,peak 41.25 mV vs reference 40 mV: |Δ| 1.25 > 0.5 mV,,,\n" +
            "hh-spike,hh-ref,V-rmse,rmse,V,0.012,0.05,0.038,mV,pass,rmse 0.012 ≤ 0.05 mV,,,\n" +
            "hh-spike,hh-ref,V-shape,pointwise,V,NaN,1,NaN,1,error,\"solution has NaN at t = 3 ms, so | and < cannot be judged\",,,\n" +
            "wk2-decay,wk-rk4,P-pointwise,pointwise,P,0.031415926535897934,1,0.9685840734641021,1,pass,worst |s − r| / (atol + rtol·|r|) = 0.0314 at t = 1.2 s,,,\n",
            csv);
    }

    [Fact]
    public async Task ExportAsync_PropertyCheck_FillsSeedSamplesAndCounterexample()
    {
        var csv = await SampleRun.RenderAsync(new ChecksCsvExporter(), SampleRun.WithPropertyCheck());

        Assert.EndsWith(
            "wk2-decay,wk-rk4,P-bounded,property:bounds,P,212.5,200,-12.5,mmHg,fail,violated: max P = 212.5 mmHg against an upper limit of 200 mmHg," +
            "18446744073709551557,20,R=1.75 mmHg*s/mL; C=0.1 mL/mmHg\n",
            csv,
            StringComparison.Ordinal);
    }
}
