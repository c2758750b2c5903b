using TwinVal.Harness.Units;

namespace TwinVal.Harness.Evidence.Validation;

/// <summary>
/// Where u_num of a comparison comes from: either a declared standard uncertainty with its justification, or a
/// convergence check of the same case whose ladder gives the GCI of the compared QoI. The GCI is an expanded
/// uncertainty (Roache's factor of safety Fs makes it a ≈95 % band), so it is divided by a declared
/// <see cref="GciDivisor"/> to give a standard uncertainty: u_num = GCI_fine21·|φ_1| / divisor.
/// </summary>
/// <param name="Declared">The declared u_num, or null when taken from <see cref="ConvergenceCheck"/>.</param>
/// <param name="ConvergenceCheck">Id of the convergence check whose GCI gives u_num, or null when declared.</param>
/// <param name="GciDivisor">Divisor turning the GCI into a standard uncertainty (for example Fs, or a coverage factor).</param>
/// <param name="Justification">Why this u_num is right for the comparison.</param>
public sealed record NumericalUncertaintySource(Quantity? Declared, string? ConvergenceCheck, double GciDivisor, string Justification);
