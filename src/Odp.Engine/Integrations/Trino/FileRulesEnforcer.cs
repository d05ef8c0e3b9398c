using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.Trino.Rules;
using Odp.Engine.Storage;

namespace Odp.Engine.Integrations.Trino;

/// <summary>
/// Enforces grants through Trino's file-based access control (<c>access-control.name=file</c>,
/// <c>security.config-file=&lt;RulesFile&gt;</c>, <c>security.refresh-period=...</c>): every call rewrites
/// the rules file from the whole grant set, so it grants exactly those grants plus the admin's base rules
/// and read-only <c>system</c>, and denies everything else. A sidecar <c>&lt;name&gt;.index.json</c>
/// maps each managed table rule to its tickets (Trino rejects unknown fields in the rules file).
/// </summary>
public sealed class FileRulesEnforcer(IOptions<TrinoOptions> options, DataDirectory data, ILogger<FileRulesEnforcer> logger)
    : IAccessEnforcer
{
    public const string BaseRulesFileSetting = TrinoOptions.Section + ":" + nameof(TrinoOptions.BaseRulesFile);

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The rules file Trino reads: <c>Odp:Trino:RulesFile</c>, or <c>&lt;data&gt;/trino/rules.json</c>.</summary>
    public string RulesFile =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(options.Value.RulesFile)
            ? data.Combine("trino", "rules.json")
            : options.Value.RulesFile);

    /// <summary>The sidecar next to <see cref="RulesFile"/>, e.g. <c>rules.index.json</c>.</summary>
    public string IndexFile =>
        Path.Combine(Path.GetDirectoryName(RulesFile)!, Path.GetFileNameWithoutExtension(RulesFile) + ".index.json");

    public async Task ApplyAsync(IReadOnlyCollection<Grant> grants, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grants);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var document = await BuildAsync(grants, cancellationToken);
            var index = EffectiveGrants.From(grants)
                .Select(g => new TrinoRulesIndexEntry(
                    g.Group is null ? g.User : null, $"{g.Catalog}.{g.Schema}.{g.Table}", g.Level.ToString(), g.Tickets, g.Group))
                .ToList();

            var rulesFile = RulesFile;
            // The index goes first: if the rules write then fails, the index over-explains, never under-explains.
            await AtomicFile.WriteIfChangedAsync(IndexFile, TrinoRulesDocument.Serialize(index), cancellationToken);
            var written = await AtomicFile.WriteIfChangedAsync(rulesFile, document.ToJson(), cancellationToken);
            if (written)
                logger.LogInformation("Wrote Trino rules for {GrantCount} grants to {RulesFile}", index.Count, rulesFile);
            else
                logger.LogDebug("Trino rules in {RulesFile} already up to date ({GrantCount} grants)", rulesFile, index.Count);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The document <see cref="ApplyAsync"/> would write for these grants (base rules included), without writing it.</summary>
    public async Task<TrinoRulesDocument> BuildAsync(IReadOnlyCollection<Grant> grants, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grants);
        return TrinoRulesBuilder.Build(await ReadBaseRulesAsync(cancellationToken), grants);
    }

    private async Task<TrinoRulesDocument?> ReadBaseRulesAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.BaseRulesFile;
        if (string.IsNullOrWhiteSpace(configured)) return null;

        var path = Path.GetFullPath(configured);
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"Cannot read the base Trino rules file '{path}' set by {BaseRulesFileSetting}: {e.Message}", e);
        }

        try
        {
            return TrinoRulesDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException(
                $"The base Trino rules file '{path}' set by {BaseRulesFileSetting} is not a valid rules document: {e.Message}", e);
        }
    }
}
