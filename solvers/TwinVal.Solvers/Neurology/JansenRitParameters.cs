namespace TwinVal.Solvers.Neurology;

/// <summary>Jansen–Rit parameters in the model's internal units (mV, 1/s, 1/mV).</summary>
/// <param name="ExcitatoryGain">A, maximal excitatory postsynaptic potential in mV.</param>
/// <param name="InhibitoryGain">B, maximal inhibitory postsynaptic potential in mV.</param>
/// <param name="ExcitatoryRate">a, reciprocal excitatory time constant in 1/s.</param>
/// <param name="InhibitoryRate">b, reciprocal inhibitory time constant in 1/s.</param>
/// <param name="Connectivity">C, average number of synapses between the populations (C1…C4 are fixed fractions of it).</param>
/// <param name="MaxFiringRate">e0, half the maximal firing rate of the sigmoid in 1/s.</param>
/// <param name="HalfActivation">v0, potential at which the sigmoid gives half its maximal rate, in mV.</param>
/// <param name="Steepness">r, steepness of the sigmoid in 1/mV.</param>
internal readonly record struct JansenRitParameters(
    double ExcitatoryGain,
    double InhibitoryGain,
    double ExcitatoryRate,
    double InhibitoryRate,
    double Connectivity,
    double MaxFiringRate,
    double HalfActivation,
    double Steepness);
