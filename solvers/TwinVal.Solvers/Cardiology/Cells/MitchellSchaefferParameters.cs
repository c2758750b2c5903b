namespace TwinVal.Solvers.Cardiology.Cells;

/// <summary>Parameters of the Mitchell–Schaeffer cell (doi:10.1016/S0092-8240(03)00041-7); times in ms.</summary>
/// <param name="TauIn">τ_in, inward-current time constant.</param>
/// <param name="TauOut">τ_out, outward-current time constant.</param>
/// <param name="TauOpen">τ_open, gate opening time constant.</param>
/// <param name="TauClose">τ_close, gate closing time constant.</param>
/// <param name="GateVoltage">v_gate, the potential that switches the gate (dimensionless).</param>
internal sealed record MitchellSchaefferParameters(double TauIn, double TauOut, double TauOpen, double TauClose, double GateVoltage);
