namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>The condition on one face of the grid's box, for the diffusing variable.</summary>
public enum BoundaryKind
{
    /// <summary>Homogeneous Neumann: zero flux through the face (an insulated tissue boundary).</summary>
    NoFlux,

    /// <summary>Dirichlet: the value on the face is prescribed.</summary>
    Dirichlet,
}
