namespace TwinVal.Harness.Evidence.Convergence;

/// <summary>How the quantity of interest behaves over the three finest levels of a ladder (Celik et al. 2008, §2 step 3).</summary>
public enum ConvergenceBehaviour
{
    /// <summary>Successive differences keep their sign and shrink: the observed order is positive.</summary>
    MonotonicConvergence,

    /// <summary>Successive differences alternate in sign (ε32/ε21 &lt; 0): the observed order is not a reliable convergence rate.</summary>
    OscillatoryConvergence,

    /// <summary>Successive differences keep their sign but do not shrink: the observed order is zero or negative.</summary>
    Divergence,

    /// <summary>A successive difference is at or below the declared noise level relative to |φ|: refinement is lost in round-off.</summary>
    RoundOffFloor,

    /// <summary>Only two levels: no behaviour can be observed, an order must be assumed.</summary>
    NotObservable,
}
