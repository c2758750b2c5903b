namespace TwinVal.Harness.Units;

/// <summary>
/// The physical dimension of a unit as integer exponents of the SI base quantities
/// (length, mass, time, electric current, temperature, amount of substance).
/// Two units can be converted into each other exactly when their dimensions are equal.
/// </summary>
public readonly record struct Dimension(int Length, int Mass, int Time, int Current, int Temperature, int Amount)
{
    /// <summary>A pure number (ratios, counts, percentages).</summary>
    public static Dimension None => default;

    /// <summary>Length, L.</summary>
    public static Dimension L => new(1, 0, 0, 0, 0, 0);

    /// <summary>Mass, M.</summary>
    public static Dimension M => new(0, 1, 0, 0, 0, 0);

    /// <summary>Time, T.</summary>
    public static Dimension T => new(0, 0, 1, 0, 0, 0);

    /// <summary>Electric current, I.</summary>
    public static Dimension I => new(0, 0, 0, 1, 0, 0);

    /// <summary>Thermodynamic temperature, Θ.</summary>
    public static Dimension Theta => new(0, 0, 0, 0, 1, 0);

    /// <summary>Amount of substance, N.</summary>
    public static Dimension N => new(0, 0, 0, 0, 0, 1);

    /// <summary>True for a pure number.</summary>
    public bool IsDimensionless => this == None;

    /// <summary>Product of two dimensions (exponents add).</summary>
    public static Dimension operator *(Dimension a, Dimension b) => new(
        a.Length + b.Length, a.Mass + b.Mass, a.Time + b.Time,
        a.Current + b.Current, a.Temperature + b.Temperature, a.Amount + b.Amount);

    /// <summary>Quotient of two dimensions (exponents subtract).</summary>
    public static Dimension operator /(Dimension a, Dimension b) => a * b.Pow(-1);

    /// <summary>Integer power of a dimension (exponents multiply).</summary>
    public Dimension Pow(int power) => new(
        Length * power, Mass * power, Time * power, Current * power, Temperature * power, Amount * power);

    /// <summary>Readable form in base symbols, for example <c>L^-1·M·T^-2</c>; <c>1</c> for a pure number.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        Add(parts, "L", Length);
        Add(parts, "M", Mass);
        Add(parts, "T", Time);
        Add(parts, "I", Current);
        Add(parts, "Θ", Temperature);
        Add(parts, "N", Amount);
        return parts.Count == 0 ? "1" : string.Join('·', parts);
    }

    private static void Add(List<string> parts, string symbol, int exponent)
    {
        if (exponent == 1)
        {
            parts.Add(symbol);
        }
        else if (exponent != 0)
        {
            parts.Add(FormattableString.Invariant($"{symbol}^{exponent}"));
        }
    }
}
