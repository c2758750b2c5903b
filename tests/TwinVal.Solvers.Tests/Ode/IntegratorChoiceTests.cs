using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Ode;

public class IntegratorChoiceTests
{
    private static readonly OdeModel Model = new("windkessel2", SiUnits.Second, [new StateVariable("P", Unit.Parse("mmHg"))]);

    private static SolveRequest Request(NumericsSettings numerics, string pressureUnit = "mmHg") =>
        Build("windkessel2", [], Q("P", 100, pressureUnit), "s", [0.0, 1.0], numerics: numerics);

    [Fact]
    public void From_NoSettings_UsesDefaultsAndNotesThem()
    {
        var choice = IntegratorChoice.From(Request(NumericsSettings.Default), Model);

        Assert.Equal("dopri5", choice.Method);
        Assert.Null(choice.Tableau);
        Assert.Equal(1e-8, choice.Options.RelativeTolerance);
        Assert.Equal(1e-10, choice.Options.AbsoluteTolerance);
        Assert.Single(choice.Notes);
    }

    [Fact]
    public void From_AtolInInitialStateUnit_ConvertedToInternalUnit()
    {
        // The case gives P in kPa, so atol = 1e-3 means 1e-3 kPa = 1000/133.322387415 · 1e-3 mmHg.
        var choice = IntegratorChoice.From(Request(new NumericsSettings(1e-6, 1e-3), "kPa"), Model);

        Assert.Equal(1e-3 * 1000 / 133.322387415, choice.Options.AbsoluteTolerance, 1e-15);
    }

    [Fact]
    public void From_MaxStepInMilliseconds_ConvertedToSeconds()
    {
        var choice = IntegratorChoice.From(Request(new NumericsSettings(MaxStep: new Quantity(5, Unit.Parse("ms")))), Model);

        Assert.Equal(0.005, choice.Options.MaxStep, 1e-18);
    }

    [Fact]
    public void From_FixedStepMethodWithoutStep_ThrowsSolverException()
    {
        var error = Assert.Throws<SolverException>(() => IntegratorChoice.From(Request(new NumericsSettings(Method: "heun")), Model));
        Assert.Contains("fixed step", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_NegativeTolerance_ThrowsSolverException()
    {
        Assert.Throws<SolverException>(() => IntegratorChoice.From(Request(new NumericsSettings(-1e-6, 1e-9)), Model));
    }
}
