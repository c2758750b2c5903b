using TwinVal.Solvers.Cardiology.ClosedLoop;

namespace TwinVal.Solvers.Tests.Cardiology.ClosedLoop;

public sealed class ChamberElastanceTests
{
    // The LV of the bundled cases: contraction 0–0.34 s, relaxation 0.34–0.51 s, period 1 s.
    private static readonly ChamberElastance Ventricle = new(2.75, 0.08, 5.0, 0.0, 0.34, 0.17, 1.0);

    // The LA: contraction from 0.8 s for 0.17 s, relaxation 0.97–1.14 s wraps into the next beat.
    private static readonly ChamberElastance Atrium = new(0.07, 0.09, 4.0, 0.8, 0.17, 0.17, 1.0);

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.17, 0.5)]
    [InlineData(0.34, 1.0)]
    [InlineData(0.425, 0.5)]
    [InlineData(0.6, 0.0)]
    [InlineData(1.17, 0.5)]
    public void Activation_Ventricle_FollowsCosineRiseAndFall(double t, double expected) =>
        Assert.Equal(expected, Ventricle.Activation(t), 1e-12);

    [Fact]
    public void Activation_AtriumRelaxationWrapsIntoNextBeat()
    {
        // t = 0.05 s is 0.08 s into the relaxation that began at 0.97 s of the previous beat.
        Assert.Equal(0.5 * (1 + Math.Cos(Math.PI * 0.08 / 0.17)), Atrium.Activation(0.05), 1e-12);
        Assert.Equal(0.0, Atrium.Activation(0.5), 1e-15);
    }

    [Fact]
    public void Pressure_EndSystole_IsMaximalElastanceTimesStressedVolume() =>
        Assert.Equal((0.08 + 2.75) * (50.0 - 5.0), Ventricle.Pressure(0.34, 50.0), 1e-12);

    [Theory]
    [InlineData(10.0, 0.0, 10.0 / 0.0075)]
    [InlineData(0.0, 10.0, -10.0 / 75006.2)]
    [InlineData(5.0, 5.0, 0.0)]
    public void Flow_NonIdealDiode_UsesOpenOrClosedResistance(double up, double down, double expected) =>
        Assert.Equal(expected, ValveLaw.Flow(up, down, 0.0075, 75006.2), 1e-9);
}
