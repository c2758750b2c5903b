namespace TwinVal.Harness.Properties;

/// <summary>Transformations an invariance property applies (YAML: kebab case).</summary>
public enum InvarianceTransformation
{
    /// <summary>Start, end and input onsets shifted by the same time (autonomous models).</summary>
    TimeTranslation,

    /// <summary>Pairs of names (parameters, initial values, outputs) exchanged (symmetric models).</summary>
    Relabelling,
}
