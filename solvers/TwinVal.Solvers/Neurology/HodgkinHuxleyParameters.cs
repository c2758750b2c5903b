namespace TwinVal.Solvers.Neurology;

/// <summary>Hodgkin–Huxley membrane parameters in the model's internal units (mS/cm², mV, µF/cm²).</summary>
/// <param name="Capacitance">C_m, specific membrane capacitance in µF/cm².</param>
/// <param name="SodiumConductance">g_Na, maximal sodium conductance in mS/cm².</param>
/// <param name="PotassiumConductance">g_K, maximal potassium conductance in mS/cm².</param>
/// <param name="LeakConductance">g_L, leak conductance in mS/cm².</param>
/// <param name="SodiumReversal">E_Na in mV.</param>
/// <param name="PotassiumReversal">E_K in mV.</param>
/// <param name="LeakReversal">E_L in mV.</param>
internal readonly record struct HodgkinHuxleyParameters(
    double Capacitance,
    double SodiumConductance,
    double PotassiumConductance,
    double LeakConductance,
    double SodiumReversal,
    double PotassiumReversal,
    double LeakReversal);
