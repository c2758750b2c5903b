using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Properties;

/// <summary>Builds transformed copies of a case for the solves a property needs.</summary>
public static class CaseVariants
{
    /// <summary>
    /// <paramref name="referenceCase"/> with each named value of <paramref name="values"/> replacing the parameter or
    /// initial value of that name (converted into the case's unit).
    /// </summary>
    public static ReferenceCase With(ReferenceCase referenceCase, IEnumerable<NamedQuantity> values)
    {
        ArgumentNullException.ThrowIfNull(referenceCase);
        var byName = values.ToDictionary(v => v.Name, v => v.Quantity, StringComparer.Ordinal);
        ImmutableArray<NamedQuantity> Replace(ImmutableArray<NamedQuantity> list) =>
            [.. list.Select(p => byName.TryGetValue(p.Name, out var q) ? p with { Quantity = q.ConvertTo(p.Quantity.Unit) } : p)];
        return referenceCase with { Parameters = Replace(referenceCase.Parameters), InitialState = Replace(referenceCase.InitialState) };
    }

    /// <summary>The value of the parameter or initial value <paramref name="name"/>, or null when the case has none.</summary>
    public static Quantity? ValueOf(ReferenceCase referenceCase, string name)
    {
        ArgumentNullException.ThrowIfNull(referenceCase);
        return (referenceCase.Parameters.FirstOrDefault(p => p.Name == name) ?? referenceCase.InitialState.FirstOrDefault(p => p.Name == name))?.Quantity;
    }

    /// <summary><paramref name="referenceCase"/> with <paramref name="name"/> multiplied by <paramref name="factor"/>.</summary>
    public static ReferenceCase Scaled(ReferenceCase referenceCase, string name, double factor)
    {
        var value = ValueOf(referenceCase, name) ?? throw new ArgumentException($"case '{referenceCase.Id}' has no parameter or initial value '{name}'", nameof(name));
        return With(referenceCase, [new NamedQuantity(name, value with { Value = value.Value * factor })]);
    }

    /// <summary>
    /// <paramref name="referenceCase"/> shifted in time by <paramref name="shift"/>: start, end and every input's onset
    /// move by the shift (a table's times too), and a sine's phase by −2π·f·shift, so every input takes at t + shift the value it had at t.
    /// </summary>
    public static ReferenceCase Translated(ReferenceCase referenceCase, Quantity shift)
    {
        ArgumentNullException.ThrowIfNull(referenceCase);
        Quantity Move(Quantity q) => new(q.Value + shift.In(q.Unit), q.Unit);
        var inputs = referenceCase.Protocol.Inputs.Select(input => input switch
        {
            StepInput step => step with { Onset = Move(step.Onset) },
            PulseInput pulse => pulse with { Onset = Move(pulse.Onset) },
            SineInput sine => sine with { PhaseRadians = sine.PhaseRadians - (2.0 * Math.PI * sine.Frequency.In(SiUnits.Hertz) * shift.In(SiUnits.Second)) },
            TabulatedInput table => table.Shifted(shift.In(SiUnits.Second)),
            _ => input,
        });
        var protocol = new CaseProtocol(Move(referenceCase.Protocol.StartTime), Move(referenceCase.Protocol.EndTime), [.. inputs]);
        return referenceCase with { Protocol = protocol };
    }

    /// <summary><paramref name="referenceCase"/> with the values of each pair of parameters or initial values exchanged.</summary>
    public static ReferenceCase Swapped(ReferenceCase referenceCase, ImmutableArray<(string A, string B)> pairs)
    {
        var swapped = new List<NamedQuantity>();
        foreach (var (a, b) in pairs)
        {
            if (ValueOf(referenceCase, a) is { } va && ValueOf(referenceCase, b) is { } vb)
            {
                swapped.Add(new NamedQuantity(a, vb));
                swapped.Add(new NamedQuantity(b, va));
            }
        }

        return With(referenceCase, swapped);
    }

    /// <summary>
    /// <paramref name="referenceCase"/> with the rows of every data table in reverse order (keys and every column's
    /// values together), so a model reading its nodes in table order numbers them the other way round.
    /// </summary>
    public static ReferenceCase RowsReversed(ReferenceCase referenceCase)
    {
        ArgumentNullException.ThrowIfNull(referenceCase);
        return referenceCase with
        {
            DataTables = [.. referenceCase.DataTables.Select(t => t with
            {
                Keys = [.. t.Keys.Reverse()],
                Columns = [.. t.Columns.Select(c => c with { Values = [.. c.Values.Reverse()] })],
            })],
        };
    }
}
