using System.Globalization;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Numerics.ReactionDiffusion;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Verification;

/// <summary>Dimension, box, diffusivity, grid and time step of a grid-based verification request, in mm and ms.</summary>
/// <param name="Dimensions">Active axes, 1 to 3.</param>
/// <param name="Length">Box edge L (mm).</param>
/// <param name="Diffusivity">D (mm²/ms).</param>
/// <param name="Grid">The box cut into L/dx cells per active axis.</param>
/// <param name="TimeStep">Split step (ms).</param>
internal sealed record ManufacturedSetup(int Dimensions, double Length, double Diffusivity, StructuredGrid Grid, double TimeStep)
{
    /// <summary>Reads parameters <c>dimension</c>, <c>L</c>, <c>D</c> and numerics <c>dx</c>, <c>fixed-step</c>.</summary>
    /// <exception cref="SolverException">Missing, out of range, or L not a whole number (≥ 4) of cells.</exception>
    public static ManufacturedSetup From(SolveRequest request, string modelId)
    {
        var mm = Unit.Parse("mm");
        var dimension = RequestReader.Parameter(request, "dimension", Unit.Parse("1"));
        var length = RequestReader.Parameter(request, "L", mm);
        var d = RequestReader.Parameter(request, "D", Unit.Parse("mm^2/ms"));
        var dx = request.Numerics.Dx is { } spacing
            ? RequestReader.Convert(request, "numerics dx", spacing, mm, positive: true)
            : throw new SolverException($"case '{request.CaseId}': '{modelId}' is a grid solver and needs numerics.dx");
        var dt = request.Numerics.FixedStep is { } step
            ? RequestReader.Convert(request, "numerics fixed step", step, Unit.Parse("ms"), positive: true)
            : throw new SolverException($"case '{request.CaseId}': '{modelId}' is a fixed-step solver and needs numerics.fixed-step");
        var cells = (int)Math.Round(length / dx);
        if (dimension is not (1 or 2 or 3) || cells < 4 || Math.Abs((cells * dx) - length) > 1e-9 * length)
        {
            throw new SolverException(string.Create(
                CultureInfo.InvariantCulture,
                $"case '{request.CaseId}': need dimension 1, 2 or 3 (got {dimension:G6}) and L a whole number (≥ 4) of cells dx (L/dx = {length / dx:G6})"));
        }

        var n = (int)dimension;
        var grid = new StructuredGrid(cells, n > 1 ? cells : 1, n > 2 ? cells : 1, dx, dx, dx);
        return new ManufacturedSetup(n, length, d, grid, dt);
    }
}
