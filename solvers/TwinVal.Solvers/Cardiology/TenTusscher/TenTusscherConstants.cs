namespace TwinVal.Solvers.Cardiology.TenTusscher;

/// <summary>
/// Fixed constants of the ten Tusscher–Panfilov 2006 human ventricular myocyte, epicardial variant (ten Tusscher &amp;
/// Panfilov 2006, Am. J. Physiol. Heart Circ. Physiol. 291:H1088, doi:10.1152/ajpheart.00109.2006, table 1 and the
/// appendix; the calcium-dynamics and current constants unchanged from ten Tusscher et al. 2004, doi:10.1152/ajpheart.00794.2003,
/// table 1). Units: mV, ms, mM, pA/pF (= mV/ms), nS/pF, µF, µL. The extracellular concentrations are case parameters.
/// </summary>
internal static class TenTusscherConstants
{
    public const double R = 8314.472;        // gas constant, J/(K·kmol) — the value of the 2004/2006 code
    public const double Faraday = 96485.3415; // C/mol
    public const double Temperature = 310.0; // K
    public const double RtOverF = R * Temperature / Faraday; // ≈ 26.71 mV

    public const double Capacitance = 0.185;  // µF, membrane capacitance of the cell
    public const double Vc = 0.016404;        // µL, cytoplasm
    public const double Vsr = 0.001094;       // µL, sarcoplasmic reticulum
    public const double Vss = 0.00005468;     // µL, dyadic subspace

    public const double GNa = 14.838;   // nS/pF
    public const double GK1 = 5.405;    // nS/pF
    public const double GKr = 0.153;    // nS/pF (2006 value)
    public const double GKs = 0.392;    // nS/pF, epicardial (2006)
    public const double Gto = 0.294;    // nS/pF, epicardial
    public const double GCaL = 3.980e-5; // cm³/(µF·ms)
    public const double GbNa = 0.00029; // nS/pF
    public const double GbCa = 0.000592; // nS/pF
    public const double GpCa = 0.1238;  // pA/pF (2006 value)
    public const double KpCa = 0.0005;  // mM
    public const double GpK = 0.0146;   // nS/pF
    public const double PKNa = 0.03;    // relative Na permeability of IKs

    public const double PNaK = 2.724;   // pA/pF
    public const double KmK = 1.0;      // mM
    public const double KmNa = 40.0;    // mM
    public const double KNaCa = 1000.0; // pA/pF
    public const double KmNai = 87.5;   // mM
    public const double KmCa = 1.38;    // mM
    public const double KSat = 0.1;
    public const double Gamma = 0.35;   // voltage-dependence position of INaCa
    public const double Alpha = 2.5;    // enhancement of the reverse mode of INaCa

    public const double BufC = 0.2;      // mM
    public const double KBufC = 0.001;   // mM
    public const double BufSr = 10.0;    // mM
    public const double KBufSr = 0.3;    // mM
    public const double BufSs = 0.4;     // mM
    public const double KBufSs = 0.00025; // mM
    public const double VmaxUp = 0.006375; // mM/ms
    public const double KUp = 0.00025;   // mM
    public const double VRel = 0.102;    // 1/ms
    public const double K1Prime = 0.15;  // 1/(mM²·ms)
    public const double K2Prime = 0.045; // 1/(mM·ms)
    public const double K3 = 0.060;      // 1/ms
    public const double K4 = 0.005;      // 1/ms
    public const double Ec = 1.5;        // mM
    public const double MaxSr = 2.5;
    public const double MinSr = 1.0;
    public const double VLeak = 0.00036; // 1/ms
    public const double VXfer = 0.0038;  // 1/ms
}
