namespace Odp.Engine.Integrations.Trino.Rules;

/// <summary>
/// The three parts of the written rules file, per section in this order: the admin's <see cref="Base"/> rules, the
/// <see cref="Managed"/> rules OpenDataPlane derives from the grants, and the <see cref="Defaults"/> (read-only
/// <c>system</c>, then the final catalog deny). Sections the base rules have beyond catalogs, schemas and tables are
/// kept as they are.
/// </summary>
public sealed record TrinoRulesLayout(TrinoRulesDocument Base, TrinoRulesDocument Managed, TrinoRulesDocument Defaults)
{
    public TrinoRulesDocument ToDocument() => new()
    {
        Catalogs = [.. Base.Catalogs ?? [], .. Managed.Catalogs ?? [], .. Defaults.Catalogs ?? []],
        Schemas = [.. Base.Schemas ?? [], .. Managed.Schemas ?? [], .. Defaults.Schemas ?? []],
        Tables = [.. Base.Tables ?? [], .. Managed.Tables ?? [], .. Defaults.Tables ?? []],
        OtherSections = Base.OtherSections,
    };

    /// <summary>Where the managed rules sit in <paramref name="section"/> of the written file (0-based, end exclusive).</summary>
    public Range ManagedRange(string section)
    {
        static int Count<T>(IReadOnlyList<T>? rules) => rules?.Count ?? 0;
        var (before, managed) = section switch
        {
            "catalogs" => (Count(Base.Catalogs), Count(Managed.Catalogs)),
            "schemas" => (Count(Base.Schemas), Count(Managed.Schemas)),
            "tables" => (Count(Base.Tables), Count(Managed.Tables)),
            _ => throw new ArgumentOutOfRangeException(nameof(section), section, "Only catalogs, schemas and tables have managed rules."),
        };
        return new Range(before, before + managed);
    }
}
