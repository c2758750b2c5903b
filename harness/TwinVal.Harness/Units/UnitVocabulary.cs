using System.Collections.Frozen;

namespace TwinVal.Harness.Units;

/// <summary>
/// The explicit list of unit symbols TwinVal understands. Prefixed forms are listed per base symbol
/// rather than allowed everywhere, so that no string is ambiguous (<c>min</c> is a minute, <c>mM</c>
/// is millimolar, and <c>Mm</c> is not a unit at all).
/// </summary>
internal static class UnitVocabulary
{
    private static readonly (string Prefix, double Factor)[] Prefixes =
    [
        ("p", 1e-12), ("n", 1e-9), ("µ", 1e-6), ("m", 1e-3), ("c", 1e-2), ("d", 1e-1), ("k", 1e3), ("M", 1e6),
    ];

    /// <summary>Every known symbol with its dimension and SI factor.</summary>
    public static FrozenDictionary<string, (Dimension Dimension, double ToSi)> Symbols { get; } = Build();

    private static FrozenDictionary<string, (Dimension, double)> Build()
    {
        var table = new Dictionary<string, (Dimension, double)>(StringComparer.Ordinal);
        var volume = Dimension.L.Pow(3);
        var pressure = Dimension.M / Dimension.L / Dimension.T.Pow(2);
        var energy = Dimension.M * Dimension.L.Pow(2) / Dimension.T.Pow(2);
        var power = energy / Dimension.T;
        var voltage = power / Dimension.I;
        var charge = Dimension.I * Dimension.T;

        // Base and derived SI units with the prefixes physiology uses.
        Add(table, "s", Dimension.T, 1.0, "m", "µ", "n");
        Add(table, "m", Dimension.L, 1.0, "k", "c", "m", "µ", "n");
        Add(table, "g", Dimension.M, 1e-3, "k", "m", "µ", "n");
        Add(table, "A", Dimension.I, 1.0, "m", "µ", "n", "p");
        Add(table, "K", Dimension.Theta, 1.0);
        Add(table, "mol", Dimension.N, 1.0, "m", "µ", "n", "p");
        Add(table, "L", volume, 1e-3, "d", "m", "µ", "n");
        Add(table, "M", Dimension.N / volume, 1e3, "m", "µ", "n", "p");
        Add(table, "Hz", Dimension.T.Pow(-1), 1.0, "k");
        Add(table, "N", Dimension.M * Dimension.L / Dimension.T.Pow(2), 1.0, "m", "µ");
        Add(table, "Pa", pressure, 1.0, "k", "M");
        Add(table, "J", energy, 1.0, "k", "m");
        Add(table, "W", power, 1.0, "m");
        Add(table, "V", voltage, 1.0, "m", "µ");
        Add(table, "C", charge, 1.0, "m", "µ", "n", "p");
        Add(table, "F", charge / voltage, 1.0, "m", "µ", "n", "p");
        Add(table, "S", Dimension.I / voltage, 1.0, "m", "µ", "n", "p");
        Add(table, "Ω", voltage / Dimension.I, 1.0, "k", "M");
        Add(table, "ohm", voltage / Dimension.I, 1.0, "k", "M");
        Add(table, "Gy", Dimension.L.Pow(2) / Dimension.T.Pow(2), 1.0, "c", "m");

        // Non-SI units of clinical practice; factors are the conventional definitions.
        Add(table, "min", Dimension.T, 60.0);
        Add(table, "h", Dimension.T, 3600.0);
        Add(table, "day", Dimension.T, 86400.0);
        Add(table, "week", Dimension.T, 7 * 86400.0);
        Add(table, "year", Dimension.T, 365.25 * 86400.0); // Julian year, the astronomical convention.
        Add(table, "mmHg", pressure, 133.322387415);       // 13.5951 g/cm³ · 9.80665 m/s² · 1 mm.
        Add(table, "cmH2O", pressure, 98.0665);            // 1 g/cm³ · 9.80665 m/s² · 1 cm.
        Add(table, "%", Dimension.None, 0.01);
        Add(table, "1", Dimension.None, 1.0);
        Add(table, "cells", Dimension.None, 1.0);
        Add(table, "beats", Dimension.None, 1.0);
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(
        Dictionary<string, (Dimension, double)> table, string symbol, Dimension dimension, double toSi, params string[] prefixes)
    {
        table.Add(symbol, (dimension, toSi));
        foreach (var prefix in prefixes)
        {
            var factor = Prefixes.Single(p => p.Prefix == prefix).Factor;
            table.Add(prefix + symbol, (dimension, factor * toSi));
        }
    }
}
