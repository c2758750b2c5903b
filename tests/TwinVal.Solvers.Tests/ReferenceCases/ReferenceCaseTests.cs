using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Cardiology;
using TwinVal.Solvers.Neurology;
using TwinVal.Solvers.Oncology;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.ReferenceCases;

/// <summary>
/// The built-in solvers against the committed golden data of the three analytic cases, with the case's declared
/// point-wise tolerance. The requests restate case.yaml by hand (the case loader is not part of this project), so a
/// drift between the two shows up here as a failure. Also checks that each declared sha256 is the file's.
/// </summary>
public partial class ReferenceCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Cases => new() { "cardiology/wk2-diastolic-decay", "neurology/rc-membrane-current-step", "oncology/gompertz-growth" };

    [Theory]
    [MemberData(nameof(Cases))]
    public void CaseYaml_DeclaredSha256_MatchesReferenceCsv(string folder)
    {
        var path = Path.Combine(CasesRoot(), folder);
        var declared = Sha256Pattern().Match(File.ReadAllText(Path.Combine(path, "case.yaml"))).Groups[1].Value;
        var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(path, "reference.csv"))));
        Assert.Equal(actual, declared);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BuiltInSolver_CaseSetup_MeetsDeclaredPointwiseTolerance(string folder)
    {
        var (times, reference) = ReadCsv(Path.Combine(CasesRoot(), folder, "reference.csv"));
        var numerics = new NumericsSettings(1e-10, 1e-10);
        var (solver, request, atol, rtol) = folder switch
        {
            "cardiology/wk2-diastolic-decay" => ((ISolver)new Windkessel2Solver(), Build(
                "windkessel2", [Q("R", 1.0, "mmHg*s/mL"), Q("C", 1.5, "mL/mmHg")], Q("P", 100, "mmHg"), "s", times,
                [new ConstantInput("Q_in", Unit.Parse("mL/s"), 0)], numerics: numerics), 1e-6, 1e-7),
            "neurology/rc-membrane-current-step" => (new PassiveMembraneSolver(), Build(
                "passive-membrane", [Q("C_m", 1, "µF/cm^2"), Q("R_m", 10, "kΩ*cm^2"), Q("E_L", -65, "mV")], Q("V", -65, "mV"), "ms", times,
                [new PulseInput("I_stim", Unit.Parse("µA/cm^2"), 0, 1, new Quantity(10, Unit.Parse("ms")), new Quantity(50, Unit.Parse("ms")))],
                numerics: numerics), 1e-6, 1e-8),
            _ => (new GompertzSolver(), Build(
                "gompertz", [Q("beta", 0.0792, "1/day"), Q("K", 11850, "mm^3")], Q("V", 1, "mm^3"), "day", times, numerics: numerics), 1e-6, 1e-7),
        };

        var output = await solver.SolveAsync(request, Ct);
        var values = output.Series.Columns[0].Values;
        var worst = Enumerable.Range(0, times.Length).Max(i => Math.Abs(values[i] - reference[i]) / (atol + (rtol * Math.Abs(reference[i]))));
        var maxAbs = Enumerable.Range(0, times.Length).Max(i => Math.Abs(values[i] - reference[i]));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{folder}: max |s − r| = {maxAbs:E3}, worst fraction of tolerance = {worst:E3}, steps = {output.Diagnostics.Steps}");
        Assert.True(worst <= 1.0, $"{folder}: worst point uses {worst:F3} of the tolerance (max abs error {maxAbs:E3})");

        // Margin: a correct solver should use well under a tenth of the tolerance, or the case is too tight to be stable.
        Assert.True(worst <= 0.1, $"{folder}: worst point uses {worst:F3} of the tolerance; the case leaves too little margin");
    }

    private static string CasesRoot() => TwinVal.Testing.RepositoryRoot.CaseLibrary;

    private static (double[] Times, double[] Values) ReadCsv(string path)
    {
        var rows = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        return ([.. rows.Select(r => r[0])], [.. rows.Select(r => r[1])]);
    }

    [GeneratedRegex(@"sha256:\s*([0-9a-f]{64})")]
    private static partial Regex Sha256Pattern();
}
