namespace TwinVal.Harness.Catalog;

/// <summary>Collects the problems of one file, placing each at the source position of a JSON pointer.</summary>
internal sealed class ProblemList
{
    private readonly List<Problem> problems = [];
    private readonly HashSet<string> pointers = new(StringComparer.Ordinal);

    public ProblemList(string file, SourceMap? map = null)
    {
        File = file;
        Map = map ?? new SourceMap();
    }

    /// <summary>The file problems belong to.</summary>
    public string File { get; }

    /// <summary>Positions of the file's nodes.</summary>
    public SourceMap Map { get; set; }

    /// <summary>The problems so far.</summary>
    public IReadOnlyList<Problem> Items => problems;

    /// <summary>True when at least one error was recorded.</summary>
    public bool HasErrors => problems.Exists(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Records an error at the field <paramref name="pointer"/> names.</summary>
    public void At(string pointer, string message, bool preferValue = false) =>
        AtField(pointer, SourceMap.FieldName(pointer), message, preferValue);

    /// <summary>Records an error at <paramref name="pointer"/>'s position but naming <paramref name="field"/>.</summary>
    public void AtField(string pointer, string? field, string message, bool preferValue = false)
    {
        pointers.Add(pointer);
        var position = Map.Locate(pointer, preferValue);
        problems.Add(new Problem(File, position?.Line, position?.Column, field, message));
    }

    /// <summary>True when a problem was already recorded at <paramref name="pointer"/> (later stages need not repeat it).</summary>
    public bool HasProblemAt(string pointer) => pointers.Contains(pointer);

    /// <summary>Records a problem with an explicit position.</summary>
    public void Add(Problem problem) => problems.Add(problem);

    /// <summary>Records several problems.</summary>
    public void AddRange(IEnumerable<Problem> more) => problems.AddRange(more);
}
