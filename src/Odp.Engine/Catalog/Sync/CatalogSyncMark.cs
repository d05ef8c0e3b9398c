namespace Odp.Engine.Catalog.Sync;

/// <summary>
/// What a complete sync read: its sources in order, each with the stamp of what it read when it has one
/// (<see cref="IStampedCatalogSource"/>), as text like <c>file@9F86D0… openmetadata</c> (source names have no space or
/// <c>@</c>). The index keeps it with the commit that ended the sync (<see cref="ICatalogIndex.LastSync"/>), so after a
/// restart the catalog knows it already holds that sync's result (<see cref="Readiness.CatalogReadiness"/>) and a sync
/// whose stamped sources are unchanged reads nothing (<see cref="CatalogSync"/>).
/// </summary>
public sealed record CatalogSyncMark(string Text)
{
    public static CatalogSyncMark Of(IEnumerable<(string Name, string? Stamp)> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new(string.Join(' ', sources.Select(s =>
        {
            if (s.Name.Length == 0 || s.Name.AsSpan().IndexOfAny(' ', '@') >= 0)
                throw new ArgumentException($"'{s.Name}' cannot name a source in a sync mark: it must be non-empty, without spaces or '@'.", nameof(sources));
            return s.Stamp is null ? s.Name : $"{s.Name}@{s.Stamp}";
        })));
    }

    /// <summary>The mark written as <see cref="Text"/>; null for nothing (an index no complete sync has marked).</summary>
    public static CatalogSyncMark? Parse(string? text) => string.IsNullOrWhiteSpace(text) ? null : new(text.Trim());

    /// <summary>The sources' names, in the order the sync read them.</summary>
    public IReadOnlyList<string> Sources => [.. Entries().Select(e => e.Name)];

    /// <summary>The stamp <paramref name="source"/> gave what it read; null when it has none or was not read.</summary>
    public string? StampOf(string source) =>
        Entries().FirstOrDefault(e => string.Equals(e.Name, source, StringComparison.Ordinal)).Stamp;

    /// <summary>Whether the sync read every one of <paramref name="sources"/> (a source added since does not count).</summary>
    public bool Covers(IEnumerable<string> sources)
    {
        var read = Sources;
        return sources.All(read.Contains);
    }

    public override string ToString() => Text;

    private IEnumerable<(string Name, string? Stamp)> Entries() =>
        Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(entry =>
        {
            var at = entry.IndexOf('@', StringComparison.Ordinal);
            return at < 0 ? (entry, (string?)null) : (entry[..at], entry[(at + 1)..]);
        });
}
