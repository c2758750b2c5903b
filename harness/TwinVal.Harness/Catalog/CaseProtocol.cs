using System.Collections.Immutable;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>What is done to the model: the simulated time span and the prescribed inputs.</summary>
/// <param name="StartTime">Start of the simulation.</param>
/// <param name="EndTime">End of the simulation.</param>
/// <param name="Inputs">Prescribed inputs, in declaration order.</param>
public sealed record CaseProtocol(Quantity StartTime, Quantity EndTime, ImmutableArray<InputSignal> Inputs);
