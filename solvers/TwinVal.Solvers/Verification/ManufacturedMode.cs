namespace TwinVal.Solvers.Verification;

/// <summary>
/// The spatial factor Φ = Π over the active axes of cos(2πx_i/L) on the box [0, L]^d. Its normal derivative vanishes
/// on every face, so the no-flux boundary condition holds exactly, and ∇²Φ = −(4π²d/L²)·Φ.
/// </summary>
/// <param name="Dimensions">Active axes, 1 to 3.</param>
/// <param name="Length">Box edge L (mm).</param>
internal readonly record struct ManufacturedMode(int Dimensions, double Length)
{
    /// <summary>Φ at (x, y, z); inactive coordinates are ignored.</summary>
    public double At(double x, double y, double z)
    {
        var k = 2 * Math.PI / Length;
        return Math.Cos(k * x) * (Dimensions > 1 ? Math.Cos(k * y) : 1) * (Dimensions > 2 ? Math.Cos(k * z) : 1);
    }

    /// <summary>4π²·d·D/L²: −∇·(D∇Φ)/Φ, the rate the source must supply (1/ms for D in mm²/ms).</summary>
    public double DecayRate(double diffusivity) => 4 * Math.PI * Math.PI * Dimensions * diffusivity / (Length * Length);
}
