namespace TwinVal.Harness.Evidence.Uncertainty;

/// <summary>Argument checks of distribution parameters, with messages that name the parameter and the value.</summary>
internal static class Require
{
    public static void Finite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite");
        }
    }

    public static void Positive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and > 0");
        }
    }

    public static void Ordered(double lower, double upper, string lowerName, string upperName)
    {
        if (!(lower < upper))
        {
            throw new ArgumentOutOfRangeException(upperName, upper, $"{lowerName} ({lower}) must be < {upperName} ({upper})");
        }
    }
}
