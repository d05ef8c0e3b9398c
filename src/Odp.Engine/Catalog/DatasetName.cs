namespace Odp.Engine.Catalog;

/// <summary>The three parts of a Trino-qualified table name.</summary>
public sealed record DatasetName(string Catalog, string Schema, string Table)
{
    public static bool TryParse(string? text, out DatasetName name)
    {
        name = new DatasetName("", "", "");
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || p.Any(char.IsWhiteSpace))) return false;
        name = new DatasetName(parts[0], parts[1], parts[2]);
        return true;
    }

    public static DatasetName Parse(string text) =>
        TryParse(text, out var name)
            ? name
            : throw new FormatException($"'{text}' is not a Trino table name of the form catalog.schema.table.");

    public override string ToString() => $"{Catalog}.{Schema}.{Table}";
}
