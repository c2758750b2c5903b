namespace TwinVal.Solvers.Cardiology.ClosedLoop;

/// <summary>
/// One vascular circuit (systemic or pulmonary) of the closed loop: an arterial and a venous R–C–L compartment
/// (Regazzoni et al. 2022, doi:10.1016/j.jcp.2022.111083). Units: R in mmHg·s/mL, C in mL/mmHg, L in mmHg·s²/mL.
/// </summary>
/// <param name="ArterialResistance">R_AR.</param>
/// <param name="ArterialCompliance">C_AR.</param>
/// <param name="ArterialInertance">L_AR.</param>
/// <param name="VenousResistance">R_VEN.</param>
/// <param name="VenousCompliance">C_VEN.</param>
/// <param name="VenousInertance">L_VEN.</param>
internal readonly record struct VascularCircuit(
    double ArterialResistance,
    double ArterialCompliance,
    double ArterialInertance,
    double VenousResistance,
    double VenousCompliance,
    double VenousInertance);
