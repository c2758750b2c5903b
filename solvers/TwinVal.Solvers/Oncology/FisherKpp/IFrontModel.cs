namespace TwinVal.Solvers.Oncology.FisherKpp;

/// <summary>A discretised proliferation–invasion model that can be advanced and read at a visibility threshold.</summary>
internal interface IFrontModel
{
    /// <summary>Time steps taken so far.</summary>
    long Steps { get; }

    /// <summary>Describes the discretisation (for the diagnostics).</summary>
    string Method { get; }

    /// <summary>Advances the density from <paramref name="t0"/> to <paramref name="t1"/> (days).</summary>
    void Advance(double t0, double t1, CancellationToken cancellationToken);

    /// <summary>Distance from the origin (mm) of the outermost point where the density equals <paramref name="threshold"/>; 0 when nothing is visible.</summary>
    double Front(double threshold);

    /// <summary>Volume (mm³) of the region where the density is at least <paramref name="threshold"/>; only in three dimensions.</summary>
    double Volume(double threshold);
}
