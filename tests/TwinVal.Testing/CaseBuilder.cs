using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Units;

namespace TwinVal.Testing;

/// <summary>
/// Fluent builder of valid in-memory <see cref="ReferenceCase"/> objects. Every required field has a default, so a
/// test states only what it is about: <c>new CaseBuilder("wk2-decay").InDomain(Domain.Cardiology).Build()</c>.
/// </summary>
public sealed class CaseBuilder
{
    private readonly string id;
    private readonly List<ReferenceTable> tables = [];
    private readonly List<NamedQuantity> parameters = [];
    private readonly List<NamedQuantity> initialState = [];
    private readonly List<AcceptanceCheck> checks = [];
    private readonly List<string> tags = [];
    private string title;
    private Domain domain = Domain.Verification;
    private CaseKind kind = CaseKind.CodeVerification;
    private Tier tier = Tier.Smoke;
    private ModelRef model = new("test-model", "1");
    private Quantity start = new(0.0, SiUnits.Second);
    private Quantity end = new(1.0, SiUnits.Second);
    private Quantity? interval;
    private ImmutableArray<OutputVariable>? outputs;

    /// <summary>Starts a case called <paramref name="id"/> with defaults for every field.</summary>
    public CaseBuilder(string id)
    {
        this.id = id;
        title = $"Test case {id}";
    }

    /// <summary>Sets the title.</summary>
    public CaseBuilder Titled(string value) => Set(() => title = value);

    /// <summary>Sets the domain (default verification).</summary>
    public CaseBuilder InDomain(Domain value) => Set(() => domain = value);

    /// <summary>Sets the kind (default code verification).</summary>
    public CaseBuilder OfKind(CaseKind value) => Set(() => kind = value);

    /// <summary>Sets the tier (default smoke).</summary>
    public CaseBuilder InTier(Tier value) => Set(() => tier = value);

    /// <summary>Adds tags.</summary>
    public CaseBuilder Tagged(params string[] values) => Set(() => tags.AddRange(values));

    /// <summary>Sets the model (default <c>test-model</c> version 1).</summary>
    public CaseBuilder ForModel(string modelId, string version = "1") => Set(() => model = new ModelRef(modelId, version));

    /// <summary>Adds a parameter.</summary>
    public CaseBuilder WithParameter(string name, double value, string unit) =>
        Set(() => parameters.Add(new NamedQuantity(name, new Quantity(value, Unit.Parse(unit)))));

    /// <summary>Adds an initial value.</summary>
    public CaseBuilder WithInitial(string name, double value, string unit) =>
        Set(() => initialState.Add(new NamedQuantity(name, new Quantity(value, Unit.Parse(unit)))));

    /// <summary>Sets the protocol's time span (default 0 to 1 s).</summary>
    public CaseBuilder Spanning(double startTime, double endTime, string unit = "s") => Set(() =>
    {
        start = new Quantity(startTime, Unit.Parse(unit));
        end = new Quantity(endTime, Unit.Parse(unit));
    });

    /// <summary>Asks for output every <paramref name="value"/> instead of on the reference's time points.</summary>
    public CaseBuilder SampledEvery(double value, string unit = "s") => Set(() => interval = new Quantity(value, Unit.Parse(unit)));

    /// <summary>Sets the requested outputs explicitly (default: every column of every reference table).</summary>
    public CaseBuilder WithOutputs(params (string Name, string Unit)[] variables) =>
        Set(() => outputs = [.. variables.Select(v => new OutputVariable(v.Name, Unit.Parse(v.Unit)))]);

    /// <summary>Adds a reference table with one variable, built from arrays.</summary>
    public CaseBuilder WithReference(string variable, string unit, double[] times, double[] values, string timeUnit = "s") =>
        WithReferenceTable($"reference{tables.Count + 1}.csv", new SeriesTable(
            new Series("time", Unit.Parse(timeUnit), [.. times]),
            [new Series(variable, Unit.Parse(unit), [.. values])]));

    /// <summary>Adds a reference table.</summary>
    public CaseBuilder WithReferenceTable(string path, SeriesTable table) =>
        Set(() => tables.Add(new ReferenceTable(path, Hash(path), table)));

    /// <summary>Adds an acceptance check.</summary>
    public CaseBuilder WithCheck(AcceptanceCheck check) => Set(() => checks.Add(check));

    /// <summary>The case. Without reference tables it gets one: <c>y [1]</c> equal to 1 at 0, 0.5 and 1 s.</summary>
    public ReferenceCase Build()
    {
        var referenceTables = tables.Count > 0
            ? tables.ToImmutableArray()
            : [new ReferenceTable("reference.csv", Hash("reference.csv"), new SeriesTable(
                new Series("time", SiUnits.Second, [0.0, 0.5, 1.0]),
                [new Series("y", Unit.Dimensionless, [1.0, 1.0, 1.0])]))];
        var variables = outputs ?? [.. referenceTables.SelectMany(t => t.Data.Columns).Select(c => new OutputVariable(c.Name, c.Unit))];
        var acceptance = checks.Count > 0
            ? checks.ToImmutableArray()
            : [.. variables.Select(v => new AcceptanceCheck(
                $"{v.Name}-pointwise", MetricKind.Pointwise, v.Name, new Quantity(1e-6, v.Unit), 1e-6))];
        return new ReferenceCase
        {
            Id = id,
            Title = title,
            Domain = domain,
            Kind = kind,
            Tier = tier,
            Tags = [.. tags],
            Model = model,
            Purpose = $"Exercises the harness with case {id}.",
            Parameters = [.. parameters],
            InitialState = [.. initialState],
            Protocol = new CaseProtocol(start, end, []),
            Outputs = new OutputSpec(variables, interval),
            Reference = new ReferenceData(ReferenceClass.Analytic, "Built in memory by CaseBuilder.", referenceTables),
            Acceptance = acceptance,
            FolderPath = Path.Combine(Path.GetTempPath(), "twinval-cases", domain.ToString().ToLowerInvariant(), id),
            ContentHash = Hash(id),
        };
    }

    // A stable stand-in for a file hash: the SHA-256 of the name, so records built twice are identical.
    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private CaseBuilder Set(Action apply)
    {
        apply();
        return this;
    }
}
