using System.Globalization;
using TwinVal.Harness.Execution;

namespace TwinVal.Solvers.Oncology.FisherKpp;

/// <summary>Finds where a density profile along an axis of cell centres (i + ½)·dx crosses a visibility threshold.</summary>
internal static class FrontLocator
{
    /// <summary>
    /// The outermost crossing of <paramref name="threshold"/> by <paramref name="u"/>, located by linear interpolation
    /// between the last cell at or above the threshold and the next one; 0 when no cell reaches the threshold.
    /// </summary>
    /// <exception cref="SolverException">The profile is still above the threshold in the last cell: the front has left the domain.</exception>
    public static double Locate(ReadOnlySpan<double> u, double dx, double threshold)
    {
        var last = -1;
        for (var i = u.Length - 1; i >= 0; i--)
        {
            if (u[i] >= threshold)
            {
                last = i;
                break;
            }
        }

        if (last < 0)
        {
            return 0.0;
        }

        if (last == u.Length - 1)
        {
            throw new SolverException(string.Create(
                CultureInfo.InvariantCulture,
                $"the density is {u[last]:G6} ≥ threshold {threshold:G6} in the last cell: the front has reached the domain boundary at {u.Length * dx:G6} mm; enlarge domain_length"));
        }

        // Linear interpolation between cell centres is second-order accurate, like the spatial discretisation.
        var fraction = (u[last] - threshold) / (u[last] - u[last + 1]);
        return (last + 0.5 + fraction) * dx;
    }
}
