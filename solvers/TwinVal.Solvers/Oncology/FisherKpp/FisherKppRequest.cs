using System.Globalization;
using TwinVal.Harness.Execution;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Oncology.FisherKpp;

/// <summary>Reads a proliferation–invasion problem from a request, or says precisely what is wrong with it.</summary>
internal static class FisherKppRequest
{
    /// <summary>The default grid: the domain in this many cells when the case gives no numerics.dx.</summary>
    public const int DefaultCells = 500;

    /// <exception cref="SolverException">A parameter is missing, in a wrong unit, or out of range.</exception>
    public static FisherKppSettings Read(SolveRequest request)
    {
        var dimensionValue = RequestReader.Parameter(request, "dimension", FisherKppUnits.One);
        if (dimensionValue is not (1 or 2 or 3))
        {
            throw Fail(request, $"parameter 'dimension' = {dimensionValue:G6} must be 1, 2 or 3");
        }

        var grey = RequestReader.Parameter(request, "D", FisherKppUnits.Diffusivity);
        var (white, whiteFrom) = WhiteMatter(request, grey);
        var rho = RequestReader.Parameter(request, "rho", GrowthUnits.PerDay);
        var length = RequestReader.Parameter(request, "domain_length", FisherKppUnits.Millimetre);
        var seed = RequestReader.Parameter(request, "seed_radius", FisherKppUnits.Millimetre);
        var density = RequestReader.Initial(request, "u", FisherKppUnits.One, positive: true);
        if (density > 1 || seed >= length)
        {
            throw Fail(request, $"expected 0 < initial u ≤ 1 (got {density:G6}) and seed_radius < domain_length (got {seed:G6} mm, {length:G6} mm)");
        }

        var dx = request.Numerics.Dx is { } spacing
            ? RequestReader.Convert(request, "numerics.dx", spacing, FisherKppUnits.Millimetre, positive: true)
            : length / DefaultCells;
        var cells = length / dx;
        if (Math.Abs(cells - Math.Round(cells)) > 1e-9 * cells || Math.Round(cells) < 4)
        {
            throw Fail(request, $"domain_length {length:G6} mm must be a whole number (at least 4) of cells of dx = {dx:G6} mm");
        }

        var dt = request.Numerics.FixedStep is { } step
            ? RequestReader.Convert(request, "numerics.fixed-step", step, GrowthUnits.Day, positive: true)
            : (double?)null;
        return new FisherKppSettings((int)dimensionValue, grey, white, whiteFrom, rho, length, seed, density, dx, dt);
    }

    /// <summary>A positive, finite, dimensionless threshold strictly between 0 and 1.</summary>
    public static double Threshold(SolveRequest request, string name)
    {
        var value = RequestReader.Parameter(request, name, FisherKppUnits.One);
        return value < 1 ? value : throw Fail(request, $"parameter '{name}' = {value:G6} must lie strictly between 0 and 1");
    }

    /// <summary>A SolverException naming the case and the model.</summary>
    public static SolverException Fail(SolveRequest request, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"case '{request.CaseId}', model '{request.Model.Id}': {message}"));

    // Grey and white matter: both parameters or neither; without them D holds everywhere.
    private static (double White, double From) WhiteMatter(SolveRequest request, double grey)
    {
        var hasWhite = request.Parameters.Any(p => p.Name == "D_white");
        var hasFrom = request.Parameters.Any(p => p.Name == "white_matter_from");
        if (hasWhite != hasFrom)
        {
            throw Fail(request, "give both 'D_white' and 'white_matter_from' (grey/white geometry) or neither (homogeneous D)");
        }

        return hasWhite
            ? (RequestReader.Parameter(request, "D_white", FisherKppUnits.Diffusivity),
               RequestReader.Parameter(request, "white_matter_from", FisherKppUnits.Millimetre, positive: false))
            : (grey, double.PositiveInfinity);
    }
}
