using System.Globalization;
using System.Text.Json;
using TwinVal.Harness.Reporting;

namespace TwinVal.Reports;

/// <summary>
/// The <c>validations</c> array of a result in run.json: every component of each ASME V&amp;V 20 comparison (S, D, E,
/// u_num and its source, u_input, u_D, u_val, k, tolerance, sampling), so a report can print them without parsing messages.
/// </summary>
internal static class ValidationJson
{
    public static void Write(Utf8JsonWriter w, ValidationRecord v)
    {
        w.WriteStartObject();
        w.WriteString("check", v.CheckId);
        w.WriteString("variable", v.Variable);
        w.WriteString("qoi", v.Qoi);
        w.WriteString("unit", v.Unit);
        Number(w, "simulation", v.Simulation);
        Number(w, "data", v.Data);
        Number(w, "comparisonError", v.ComparisonError);
        Number(w, "uNum", v.NumericalUncertainty);
        w.WriteString("uNumSource", v.NumericalSource);
        Number(w, "uInput", v.InputUncertainty);
        Number(w, "uData", v.DataUncertainty);
        Number(w, "uVal", v.ValidationUncertainty);
        Number(w, "k", v.CoverageFactor);
        if (v.ClinicalTolerance is { } tolerance)
        {
            Number(w, "clinicalTolerance", tolerance);
        }
        else
        {
            w.WriteNull("clinicalTolerance");
        }

        w.WriteString("sampling", v.Sampling);
        w.WriteNumber("samples", v.Samples);

        // Seeds are written as decimal strings, like the property seeds, so that no reader rounds them through a double.
        w.WriteString("seed", v.Seed.ToString(CultureInfo.InvariantCulture));
        w.WriteString("citation", v.Citation);
        w.WriteEndObject();
    }

    public static ValidationRecord Read(RecordNode n) => new(
        n["check"].String(), n["variable"].String(), n["qoi"].String(), n["unit"].String(),
        n["simulation"].Double(), n["data"].Double(), n["comparisonError"].Double(),
        n["uNum"].Double(), n["uNumSource"].String(), n["uInput"].Double(), n["uData"].Double(), n["uVal"].Double(), n["k"].Double(),
        n["clinicalTolerance"].IsNull ? null : n["clinicalTolerance"].Double(),
        n["sampling"].String(), n["samples"].Int(), n["seed"].UnsignedFromString(), n["citation"].String());

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }
}
