using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Tests.Catalog;

/// <summary>Each kind of broken case yields the expected problem, in the right file, at the right line and field.</summary>
public sealed class CaseLoaderProblemTests
{
    private static readonly string Yaml = CaseFolderBuilder.ValidYaml;

    [Fact]
    public void Load_MalformedYaml_ReportsYamlPosition()
    {
        var yaml = Yaml.Replace("title: Two-element Windkessel decay", "title: [unclosed", StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out var folder));
        Assert.Equal(Path.Combine(folder, "case.yaml"), problem.File);
        Assert.Contains("malformed YAML", problem.Message, StringComparison.Ordinal);
        Assert.NotNull(problem.Line);
        Assert.InRange(problem.Line!.Value, 2, 4);
    }

    [Fact]
    public void Load_MappingValueInPlainScalar_ReportsExactLine()
    {
        var yaml = Yaml.Replace("purpose: Exponential decay of arterial pressure.", "purpose: decay: of pressure", StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Contains("malformed YAML", problem.Message, StringComparison.Ordinal);
        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "purpose:"), problem.Line);
    }

    [Fact]
    public void Load_MissingRequiredField_ReportsFieldAndParentLine()
    {
        var yaml = Yaml.Replace("    variable: P\n    limit:", "    limit:", StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Equal("acceptance[1].variable", problem.Field);
        Assert.Contains("missing required field 'variable'", problem.Message, StringComparison.Ordinal);
        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "id: P-rel-l2"), problem.Line);
    }

    [Fact]
    public void Load_UnknownField_ReportsFieldLineAndAllowedFields()
    {
        var yaml = Yaml.Replace("tier: smoke", "tier: smoke\ncolour: blue", StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Equal("colour", problem.Field);
        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "colour"), problem.Line);
        Assert.Equal(1, problem.Column);
        Assert.Contains("unknown field 'colour'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("acceptance", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongType_ReportsExpectedAndFound()
    {
        var yaml = Yaml.Replace("version: \"1\"", "version: 1", StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Equal("model.version", problem.Field);
        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "model:"), problem.Line);
        Assert.Contains("expected a string, found the number 1", problem.Message, StringComparison.Ordinal);
        Assert.Contains("quotes", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BareNumberForQuantity_ShowsTheQuantityForm()
    {
        var yaml = Yaml.Replace("atol: {value: 1.0e-6, unit: mmHg}", "atol: 1.0e-6", StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Equal("acceptance[0].atol", problem.Field);
        Assert.Contains("expected a mapping, found the number 1E-06 (A number with its unit: {value: 1.5, unit: mL/mmHg}.)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BrokenSchemaFile_IsAProblemNotACrash()
    {
        using var cases = new CaseFolderBuilder();
        var schema = Path.Combine(cases.Root, "broken.schema.json");
        File.WriteAllText(schema, "{ not json");

        var problem = Assert.Single(new CaseLoader(schema).Load(cases.Write()).Problems);

        Assert.Equal(schema, problem.File);
        Assert.Contains("cannot use the case schema", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownUnit_ReportsUnitFieldWithParserMessage()
    {
        var yaml = Yaml.Replace("C: {value: 1.5, unit: mL/mmHg}", "C: {value: 1.5, unit: mL/furlong}", StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Equal("parameters.C.unit", problem.Field);
        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "furlong"), problem.Line);
        Assert.Contains("unknown unit symbol 'furlong'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_IncompatibleToleranceUnit_ReportsBothDimensions()
    {
        var yaml = Yaml.Replace("atol: {value: 1.0e-6, unit: mmHg}", "atol: {value: 1.0e-6, unit: mL}", StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Equal("acceptance[0].atol.unit", problem.Field);
        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "unit: mL}"), problem.Line);
        Assert.Contains("'mL' (L^3)", problem.Message, StringComparison.Ordinal);
        Assert.Contains("mmHg", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RelativeNormWithDimensionedLimit_IsRejected()
    {
        var yaml = Yaml.Replace("limit: {value: 1.0e-7, unit: \"1\"}", "limit: {value: 1.0e-7, unit: mmHg}", StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Equal("acceptance[1].limit.unit", problem.Field);
        Assert.Contains("pure number", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TimeQoiWithPressureTolerance_IsRejected()
    {
        var yaml = Yaml.Replace("qoi: {kind: final-value}", "qoi: {kind: time-of-max}", StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Equal("acceptance[2].atol.unit", problem.Field);
        Assert.Contains("a time, as the QoI 'time-of-max' is", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HashMismatch_ReportsDeclaredAndActual()
    {
        var wrong = new string('a', 64);
        var yaml = Yaml.Replace("{sha}", wrong, StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Equal("reference.files[0].sha256", problem.Field);
        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "path: reference.csv"), problem.Line);
        Assert.Contains($"declared {wrong}, actual {CaseFolderBuilder.Sha256(CaseFolderBuilder.ValidCsv)}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CsvWithWrongHeader_ReportsCsvFileAndLine()
    {
        var problem = Assert.Single(LoadProblems(Yaml, out var folder, csv: "time [s];P [mmHg]\n0;1\n"));
        Assert.Equal(Path.Combine(folder, "reference.csv"), problem.File);
        Assert.Equal(1, problem.Line);
        Assert.Contains("not of the form 'name [unit]'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CsvWithNonMonotonicTime_ReportsBothLines()
    {
        var problem = Assert.Single(LoadProblems(Yaml, out var folder, csv: "time [s],P [mmHg]\n0,100\n1.5,60\n1,51\n"));
        Assert.Equal(Path.Combine(folder, "reference.csv"), problem.File);
        Assert.Equal(4, problem.Line);
        Assert.Contains("line 4 has 1 s, not after line 3 (1.5 s)", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../x.csv", "leaves the case folder")]
    [InlineData("sub/../../x.csv", "leaves the case folder")]
    [InlineData("/etc/passwd", "absolute path")]
    public void Load_ReferencePathOutsideFolder_IsRejectedAtPath(string path, string expected)
    {
        var yaml = Yaml.Replace("path: reference.csv", $"path: {path}", StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Equal("reference.files[0].path", problem.Field);
        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "path: "), problem.Line);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReferenceFileLinkedFromOutside_IsRejected()
    {
        using var cases = new CaseFolderBuilder();
        var outside = Path.Combine(cases.Root, "outside.csv");
        File.WriteAllText(outside, CaseFolderBuilder.ValidCsv);
        var folder = cases.Write(csv: null);
        File.CreateSymbolicLink(Path.Combine(folder, "reference.csv"), outside);

        var problems = new CaseLoader().Load(folder).Problems;

        var problem = Assert.Single(problems);
        Assert.Equal("reference.files[0].path", problem.Field);
        Assert.Contains("symbolic link", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingReferenceFileAndProvenance_ReportsBoth()
    {
        var problems = LoadProblems(Yaml, out var folder, csv: null, provenance: null);
        Assert.True(problems.Count == 2, string.Join("\n", problems));
        Assert.Contains(problems, p => p.Field == "reference.files[0].path" && p.Message.Contains("does not exist", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.File == Path.Combine(folder, "provenance.md"));
    }

    [Fact]
    public void Load_SeveralSchemaErrors_AreAllReportedTogetherInLineOrder()
    {
        var yaml = Yaml
            .Replace("tier: smoke", "tier: weekly", StringComparison.Ordinal)
            .Replace("class: analytic", "class: analytic\n  colour: red", StringComparison.Ordinal)
            .Replace("metric: rel-l2", "metric: l2", StringComparison.Ordinal);
        var problems = LoadProblems(yaml, out _);
        Assert.Equal(["tier", "reference.colour", "acceptance[1].metric"], problems.Select(p => p.Field));
        Assert.Equal(problems.Select(p => p.Line).Order(), problems.Select(p => p.Line));
        Assert.Contains("expected one of \"smoke\", \"continuous\", \"nightly\"; found 'weekly'", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SchemaErrorAndUnknownUnit_AreReportedTogether()
    {
        var yaml = Yaml
            .Replace("tier: smoke", "tier: weekly", StringComparison.Ordinal)
            .Replace("C: {value: 1.5, unit: mL/mmHg}", "C: {value: 1.5, unit: mL/furlong}", StringComparison.Ordinal);
        var problems = LoadProblems(yaml, out _);
        Assert.Equal(["tier", "parameters.C.unit"], problems.Select(p => p.Field));
        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "furlong"), problems[1].Line);
        Assert.Contains("unknown unit symbol 'furlong'", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NonFiniteNumberAndSchemaErrors_AreReportedTogether()
    {
        var yaml = Yaml
            .Replace("R: {value: 1.0,", "R: {value: .nan,", StringComparison.Ordinal)
            .Replace("metric: rel-l2", "metric: l2", StringComparison.Ordinal);
        var problems = LoadProblems(yaml, out _);
        Assert.Equal(["parameters.R.value", "acceptance[1].metric"], problems.Select(p => p.Field));
    }

    [Fact]
    public void Load_SeveralSemanticErrors_AreAllReported()
    {
        var yaml = Yaml
            .Replace("end-time: {value: 2.0, unit: s}", "end-time: {value: 2.0, unit: mmHg}", StringComparison.Ordinal)
            .Replace("variable: P\n    limit", "variable: Q\n    limit", StringComparison.Ordinal)
            .Replace("id: P-final", "id: P-pointwise", StringComparison.Ordinal);
        var problems = LoadProblems(yaml, out _);
        Assert.Contains(problems, p => p.Field == "protocol.end-time.unit" && p.Message.Contains("is not a time", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "acceptance[1].variable" && p.Message.Contains("not among the outputs", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "acceptance[2].id" && p.Message.Contains("already used by acceptance[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NonFiniteNumber_IsRejectedOnce()
    {
        var yaml = Yaml.Replace("R: {value: 1.0,", "R: {value: .inf,", StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Equal("parameters.R.value", problem.Field);
        Assert.Contains("not a finite number", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_IdDifferentFromFolder_IsRejected()
    {
        var yaml = Yaml.Replace("id: wk2", "id: wk3", StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Equal("id", problem.Field);
        Assert.Equal(1, problem.Line);
        Assert.Contains("'wk2'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EndBeforeStart_IsRejected()
    {
        var yaml = Yaml.Replace("start-time: {value: 0.0, unit: s}", "start-time: {value: 3.0, unit: s}", StringComparison.Ordinal);
        var problems = LoadProblems(yaml, out _);
        Assert.Contains(problems, p => p.Field == "protocol.end-time" && p.Message.Contains("must be after start-time", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ReferenceTimesBeyondProtocol_IsRejected()
    {
        var yaml = Yaml.Replace("end-time: {value: 2.0, unit: s}", "end-time: {value: 1500, unit: ms}", StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Equal("reference.files[0].path", problem.Field);
        Assert.Contains("span [0, 2] s, outside the protocol's [0, 1.5] s", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OutputWithoutReferenceColumn_IsRejected()
    {
        var yaml = Yaml.Replace("    - {name: P, unit: mmHg}", "    - {name: P, unit: mmHg}\n    - {name: V, unit: mL}", StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Equal("outputs.variables[1].name", problem.Field);
        Assert.Contains("'V [mL]'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PointwiseWithoutTolerance_ReportsOneProblem()
    {
        var yaml = Yaml.Replace("    atol: {value: 1.0e-6, unit: mmHg}\n    rtol: 1.0e-7\n", string.Empty, StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Equal("acceptance[0]", problem.Field);
        Assert.Contains("at least one of atol, rtol", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FieldOfAnotherInputKind_IsRejectedWithTheRule()
    {
        var yaml = Yaml.Replace("kind: constant, value: 0.0,", "kind: constant, value: 0.0, onset: {value: 1, unit: s},", StringComparison.Ordinal);
        var problem = Assert.Single(LoadProblems(yaml, out _));
        Assert.Equal("protocol.inputs[0].onset", problem.Field);
        Assert.Contains("a constant input takes name, kind, unit and value", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ContentHash_ChangesWithProvenance()
    {
        using var a = new CaseFolderBuilder();
        using var b = new CaseFolderBuilder();
        var first = new CaseLoader().Load(a.Write()).Case!;
        var second = new CaseLoader().Load(b.Write(provenance: "Another source.\n")).Case!;
        var again = new CaseLoader().Load(a.Write()).Case!;

        Assert.NotEqual(first.ContentHash, second.ContentHash);
        Assert.Equal(first.ContentHash, again.ContentHash);
    }

    private static List<Problem> LoadProblems(string yaml, out string folder, string? csv = CaseFolderBuilder.ValidCsv, string? provenance = "p\n")
    {
        using var cases = new CaseFolderBuilder();
        folder = cases.Write(yaml: yaml, csv: csv, provenance: provenance);
        var result = new CaseLoader().Load(folder);
        Assert.False(result.Succeeded);
        return [.. result.Problems];
    }
}
