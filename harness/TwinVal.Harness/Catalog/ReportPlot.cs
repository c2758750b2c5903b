namespace TwinVal.Harness.Catalog;

/// <summary>An extra x–y plot of the solver output declared in case.yaml (<c>report.plots</c>), such as a pressure–volume loop.</summary>
/// <param name="X">Output variable on the abscissa, or <c>time</c>.</param>
/// <param name="Y">Output variable on the ordinate.</param>
/// <param name="Title">Caption; null for the default "y against x".</param>
public sealed record ReportPlot(string X, string Y, string? Title);
