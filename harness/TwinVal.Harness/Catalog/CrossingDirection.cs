namespace TwinVal.Harness.Catalog;

/// <summary>Which threshold crossings count.</summary>
public enum CrossingDirection
{
    /// <summary>From below to at-or-above.</summary>
    Rising,

    /// <summary>From above to at-or-below.</summary>
    Falling,

    /// <summary>Either way.</summary>
    Either,
}
