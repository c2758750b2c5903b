namespace TwinVal.Solvers.Cardiology.TenTusscher;

/// <summary>Extracellular concentrations of the ten Tusscher–Panfilov model (fixed bath), in mM.</summary>
/// <param name="Ko">K⁺ (5.4 mM in the paper).</param>
/// <param name="Nao">Na⁺ (140 mM).</param>
/// <param name="Cao">Ca²⁺ (2 mM).</param>
internal readonly record struct TenTusscherExtracellular(double Ko, double Nao, double Cao)
{
    /// <summary>The paper's bath (ten Tusscher &amp; Panfilov 2006, table 1; doi:10.1152/ajpheart.00109.2006).</summary>
    public static TenTusscherExtracellular Standard => new(5.4, 140.0, 2.0);
}
