using System.Collections.Immutable;
using TwinVal.Harness.Execution;
using TwinVal.Numerics;
using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Solvers.Verification;

/// <summary>
/// An operator-splitting method named <c>SPLITTING-DIFFUSION-REACTION</c> in numerics.method: splitting
/// <c>godunov</c> (first order) or <c>strang</c> (second order), diffusion <c>explicit</c> (forward Euler) or
/// <c>cn</c> (Crank–Nicolson with PCG), reaction <c>euler</c>, <c>heun</c> or <c>rk4</c> (one step per sub-step).
/// </summary>
/// <param name="Name">The method name as given, lower case.</param>
/// <param name="Splitting">Splitting scheme.</param>
/// <param name="Diffusion">Diffusion integrator.</param>
/// <param name="Reaction">Reaction Runge–Kutta method.</param>
internal sealed record SplitMethod(string Name, SplittingScheme Splitting, DiffusionScheme Diffusion, ButcherTableau Reaction)
{
    /// <summary>Used when the case names no method: second order in time and unconditionally stable.</summary>
    public const string Default = "strang-cn-rk4";

    private static readonly ImmutableDictionary<string, SplittingScheme> Splittings =
        ImmutableDictionary.CreateRange([new("godunov", SplittingScheme.Godunov), new KeyValuePair<string, SplittingScheme>("strang", SplittingScheme.Strang)]);

    private static readonly ImmutableDictionary<string, DiffusionScheme> Diffusions =
        ImmutableDictionary.CreateRange([new("explicit", DiffusionScheme.Explicit), new KeyValuePair<string, DiffusionScheme>("cn", DiffusionScheme.CrankNicolson)]);

    private static readonly ImmutableDictionary<string, ButcherTableau> Reactions = ImmutableDictionary.CreateRange(
        [new("euler", ButcherTableau.ExplicitEuler), new("heun", ButcherTableau.Heun), new KeyValuePair<string, ButcherTableau>("rk4", ButcherTableau.ClassicRk4)]);

    /// <summary>Reads the method of <paramref name="request"/> (the default when it names none).</summary>
    /// <exception cref="SolverException">The name is not of the form above.</exception>
    public static SplitMethod From(SolveRequest request, string modelId)
    {
        var name = (request.Numerics.Method ?? Default).ToLowerInvariant();
        var parts = name.Split('-');
        if (parts.Length == 3 && Splittings.TryGetValue(parts[0], out var splitting) && Diffusions.TryGetValue(parts[1], out var diffusion)
            && Reactions.TryGetValue(parts[2], out var reaction))
        {
            return new SplitMethod(name, splitting, diffusion, reaction);
        }

        throw new SolverException(
            $"case '{request.CaseId}': numerics method '{request.Numerics.Method}' is not offered by '{modelId}'; expected " +
            "SPLITTING-DIFFUSION-REACTION with splitting godunov|strang, diffusion explicit|cn, reaction euler|heun|rk4 " +
            $"(for example {Default})");
    }
}
