namespace TwinVal.Harness.Catalog;

/// <summary>The model a case exercises; solvers declare which model ids they implement.</summary>
/// <param name="Id">Model identifier, for example <c>windkessel2</c>.</param>
/// <param name="Version">Version of the model's equations the case was written for.</param>
public sealed record ModelRef(string Id, string Version);
