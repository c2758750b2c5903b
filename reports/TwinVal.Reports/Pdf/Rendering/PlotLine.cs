using System.Collections.Immutable;

namespace TwinVal.Reports.Pdf.Rendering;

/// <summary>One line of a plot: legend text and its points.</summary>
/// <param name="Label">Legend text.</param>
/// <param name="X">Abscissae.</param>
/// <param name="Y">Ordinates, one per abscissa.</param>
/// <param name="Dashed">Dashed line (the solver over the solid reference).</param>
/// <param name="MarkersOnly">Points as markers without a connecting line (measured data, such as ladder levels).</param>
internal sealed record PlotLine(string Label, ImmutableArray<double> X, ImmutableArray<double> Y, bool Dashed = false, bool MarkersOnly = false);
