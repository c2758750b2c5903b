namespace TwinVal.Harness.Catalog;

/// <summary>The numerical setting a refinement ladder varies (YAML: the key of the <c>refinement</c> block).</summary>
public enum RefinementParameter
{
    /// <summary><c>numerics.fixed-step</c>: h is the time step.</summary>
    FixedStep,

    /// <summary><c>numerics.rtol</c>: h is the relative tolerance.</summary>
    Rtol,

    /// <summary><c>numerics.dx</c>: h is the grid spacing of spatially discretised models.</summary>
    Dx,
}
