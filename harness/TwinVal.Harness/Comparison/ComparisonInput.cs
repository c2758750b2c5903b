using TwinVal.Harness.Data;

namespace TwinVal.Harness.Comparison;

/// <summary>
/// One variable ready for comparison: the reference series and the solver's series on the same time points and in the
/// same unit (the comparer converts units and aligns grids before any metric runs).
/// </summary>
/// <param name="Time">Shared time axis (the reference's).</param>
/// <param name="Reference">Golden values.</param>
/// <param name="Solution">Solver values, converted to the reference unit and aligned to <paramref name="Time"/>.</param>
/// <param name="Alignment">How the solution was put on the reference grid (stated in messages).</param>
public sealed record ComparisonInput(Series Time, Series Reference, Series Solution, string Alignment);
