namespace TwinVal.Harness.Properties;

/// <summary>One term coefficient·variable of a conserved sum.</summary>
/// <param name="Variable">Output variable.</param>
/// <param name="Coefficient">Pure-number weight.</param>
public sealed record ConservationTerm(string Variable, double Coefficient);
