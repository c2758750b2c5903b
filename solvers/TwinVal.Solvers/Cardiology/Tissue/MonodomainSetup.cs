using TwinVal.Solvers.Cardiology.TenTusscher;

namespace TwinVal.Solvers.Cardiology.Tissue;

/// <summary>
/// A monodomain tissue problem in the model's internal units (mm, ms, mV): a box of nodes, the fibre-aligned diffusivity
/// D = σ_m/(χ·C_m) with σ_m = σ_i·σ_e/(σ_i + σ_e) per direction (the monodomain reduction used by Niederer et al. 2011,
/// doi:10.1098/rsta.2011.0139), a corner-cube stimulus and the uniform initial state of the cell model.
/// </summary>
/// <param name="Nodes">Nodes along x, y, z.</param>
/// <param name="Spacing">Node spacing, mm.</param>
/// <param name="Diffusivity">(D_fibre, D_cross, D_cross), mm²/ms.</param>
/// <param name="StimulusRate">Stimulus I_vol/(χ·C_m), mV/ms.</param>
/// <param name="StimulusOnset">Stimulus start, ms.</param>
/// <param name="StimulusEnd">Stimulus end, ms.</param>
/// <param name="StimulusSize">Edge of the stimulated corner cube [0, s]³, mm.</param>
/// <param name="Bath">Extracellular concentrations of the cell model.</param>
/// <param name="Initial">Initial cell state (19 components).</param>
internal sealed record MonodomainSetup(
    (int X, int Y, int Z) Nodes,
    double Spacing,
    (double X, double Y, double Z) Diffusivity,
    double StimulusRate,
    double StimulusOnset,
    double StimulusEnd,
    double StimulusSize,
    TenTusscherExtracellular Bath,
    double[] Initial);
