namespace TwinVal.Harness.Evidence.Uncertainty;

/// <summary>A model reduced to one quantity of interest as a function of the uncertain inputs, in declaration order.</summary>
/// <param name="inputs">One value per <see cref="UncertainParameter"/>.</param>
/// <returns>The quantity of interest; a non-finite value is counted, never silently averaged.</returns>
public delegate double ModelFunction(ReadOnlySpan<double> inputs);
