namespace TwinVal.Harness.Planning;

/// <summary>What one term of a case pattern tests.</summary>
public enum SelectorKind
{
    /// <summary>The case id against a glob.</summary>
    Id,

    /// <summary>The case's domain.</summary>
    Domain,

    /// <summary>One of the case's tags.</summary>
    Tag,

    /// <summary>The case's tier, up to and including the named one.</summary>
    Tier,
}
