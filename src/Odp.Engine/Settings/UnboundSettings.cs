using Odp.Engine.Catalog.Index;
using Odp.Engine.Hosting;
using Odp.Engine.Storage;

namespace Odp.Engine.Settings;

/// <summary>
/// The settings read straight from <c>IConfiguration</c>, without an options class: the one place they are documented
/// (<c>docs/configuration.md</c> is generated from this table and the options classes' <see cref="SettingAttribute"/>s).
/// A new setting read this way gets a row here.
/// </summary>
public static class UnboundSettings
{
    public static IReadOnlyList<UnboundSetting> All { get; } =
    [
        new(DataDirectory.Setting, "string", $"`./{DataDirectory.Default}`", new SettingAttribute(
            "The data directory: tickets (`odp.db`, unless `Odp:Store:Postgres` is set), Trino's rules file, workspace "
            + "folders and the search index (`catalog-index`). Each replica keeps its own; replicas that use the rules file "
            + "point `Odp:Trino:RulesFile` at one file on a shared `ReadWriteMany` volume that Trino's coordinators mount too.")
        { Flag = "--data DIR" }),
        new(StoreRegistration.PostgresSetting, "string", "", new SettingAttribute(
            "An Npgsql connection string (e.g. `Host=db.internal;Database=odp;Username=odp;Password=…`): every store — "
            + "tickets with their events and steps, workspaces, posted cards, the audit, GitOps state, the outbox, leases "
            + "and Slack's remembered deliveries — moves to that database, whose schema is created and upgraded on start, "
            + "and any number of replicas may share it. Each replica opens at most 20 connections unless the string sets "
            + "`Maximum Pool Size`. Unset: LiteDB under `Odp:Data`, one process. An existing installation moves over with "
            + "`odp store copy`.") { Secret = true }),
        new(CatalogIndexRegistration.Setting, "string", $"`{CatalogIndexRegistration.Lucene}`", new SettingAttribute(
            "The catalog search: the Lucene index under `<data>/catalog-index` (synced from the catalog file, Trino "
            + "discovery and OpenMetadata), or `memory` for the plain in-memory catalog file.")
        {
            Choices = [CatalogIndexRegistration.Lucene, CatalogIndexRegistration.Memory],
        }),
        .. Resilience("MaxAttempts", "integer", "Sends of one call, the first included (1 means never resent)."),
        .. Resilience("BaseDelay", "time span (`00:00:01`)", "The wait before the first resend; each further one doubles it, up to `MaxDelay`."),
        .. Resilience("MaxDelay", "time span", "The longest wait between sends; a `Retry-After` asking for more is not waited for."),
        .. Resilience("TotalTimeout", "time span", "All sends and waits of one call; no resend starts that would end its wait past it."),
        .. Resilience("AttemptTimeout", "time span", "How long one send may take before it counts as a timeout."),
        .. Resilience("FailureRatio", "number", "The share of failed sends within `SamplingDuration` that opens the backend's circuit."),
        .. Resilience("MinimumThroughput", "integer", "Sends within `SamplingDuration` before the circuit may open at all."),
        .. Resilience("SamplingDuration", "time span", "The window the failure ratio is measured over."),
        .. Resilience("BreakDuration", "time span", "How long an open circuit refuses calls before letting one through to test the backend."),
    ];

    /// <summary>
    /// One resilience setting, per backend (<c>Odp:Resilience:&lt;backend&gt;:…</c>: Slack, Mattermost, Trino, OpenMetadata,
    /// JupyterHub, GitLab, Kubernetes), each backend starting from its own defaults (<c>Integrations/Http/Backends</c>).
    /// </summary>
    private static UnboundSetting[] Resilience(string name, string type, string meaning) =>
    [
        new($"{Odp.Engine.Integrations.Http.BackendResilienceOptions.Prefix}:<backend>:{name}", type, "per backend",
            new SettingAttribute(meaning + " Validated at start, naming the setting.")),
    ];
}
