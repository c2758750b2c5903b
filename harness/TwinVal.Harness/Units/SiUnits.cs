namespace TwinVal.Harness.Units;

/// <summary>Frequently used units, parsed once.</summary>
public static class SiUnits
{
    /// <summary>Second.</summary>
    public static Unit Second { get; } = Unit.Parse("s");

    /// <summary>Hertz (1/s).</summary>
    public static Unit Hertz { get; } = Unit.Parse("Hz");

    /// <summary>Metre.</summary>
    public static Unit Metre { get; } = Unit.Parse("m");
}
