using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Properties;

/// <summary>Reads a property's inputs from a solver output: time in seconds, a variable in a requested unit.</summary>
internal static class OutputReader
{
    public static double[] Seconds(SolverOutput output)
    {
        var time = output.Series.Time;
        return [.. time.Values.Select(t => time.Unit.Convert(t, SiUnits.Second))];
    }

    /// <summary>The variable's values in <paramref name="unit"/> (its own unit when null); null with a reason when absent or incompatible.</summary>
    public static double[]? Values(SolverOutput output, string variable, Unit? unit, out string reason)
    {
        reason = string.Empty;
        if (output.Series.Find(variable) is not Series series)
        {
            reason = $"the output has no column '{variable}'";
            return null;
        }

        if (unit is not null && !series.Unit.IsCompatibleWith(unit))
        {
            reason = $"'{variable}' is in '{series.Unit.Symbol}', not compatible with '{unit.Symbol}'";
            return null;
        }

        var target = unit ?? series.Unit;
        return [.. series.Values.Select(v => series.Unit.Convert(v, target))];
    }

    /// <summary>The unit of <paramref name="variable"/> in the output, or dimensionless when absent.</summary>
    public static Unit UnitOf(SolverOutput output, string variable) => output.Series.Find(variable)?.Unit ?? Unit.Dimensionless;
}
