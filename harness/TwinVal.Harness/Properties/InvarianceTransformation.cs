namespace TwinVal.Harness.Properties;

/// <summary>Transformations an invariance property applies (YAML: kebab case).</summary>
public enum InvarianceTransformation
{
    /// <summary>Start, end and input onsets shifted by the same time (autonomous models).</summary>
    TimeTranslation,

    /// <summary>Pairs of names (parameters, initial values, outputs) exchanged (symmetric models).</summary>
    Relabelling,

    /// <summary>
    /// The rows of every data table in reverse order: nodes of a network model renumbered while their names (and so
    /// the named outputs) are kept, which must not change any output.
    /// </summary>
    RowPermutation,
}
