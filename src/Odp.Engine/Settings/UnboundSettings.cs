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
            + "folders and the search index (`catalog-index`). Replicas on PostgreSQL that use the rules file share one "
            + "(a `ReadWriteMany` volume that Trino's coordinators mount too).") { Flag = "--data DIR" }),
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
    ];
}
