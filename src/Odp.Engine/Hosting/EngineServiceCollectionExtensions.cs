using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Access.Deciding;
using Odp.Engine.Access.Ending;
using Odp.Engine.Access.Enforcement;
using Odp.Engine.Access.Expiry;
using Odp.Engine.Access.Queries;
using Odp.Engine.Access.Requesting;
using Odp.Engine.Access.Retrying;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Directory;
using Odp.Engine.Integrations.Ldap;
using Odp.Engine.Integrations.OpenMetadata;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Storage;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.Files;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Hosting;

public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// The engine on embedded defaults: the YAML catalog and directory, tickets in LiteDB, Trino's rules file and
    /// workspace folders under the data directory. Hosted workers provision approved tickets and expire old ones.
    /// </summary>
    public static IServiceCollection AddOdpEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new DataDirectory(Path.GetFullPath(configuration[DataDirectory.Setting] is { Length: > 0 } d ? d : DataDirectory.Default)));
        services.AddSingleton<OdpDatabase>();

        services.AddOptions<AccessOptions>().Bind(configuration.GetSection(AccessOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccessOptions>, AccessOptionsValidator>();
        services.AddOptions<ProvisioningOptions>().Bind(configuration.GetSection(ProvisioningOptions.Section))
            .Validate(o => DurationText.TryParse(o.PollInterval, out _),
                $"{ProvisioningOptions.Section}:PollInterval must be a duration like 30s or 1m.")
            .Validate(o => DurationText.TryParse(o.StepRetryDelay, out _),
                $"{ProvisioningOptions.Section}:StepRetryDelay must be a duration like 1s.")
            .Validate(o => o.StepRetries is >= 0 and <= 10, $"{ProvisioningOptions.Section}:StepRetries must be between 0 and 10.")
            .ValidateOnStart();
        services.AddOptions<CatalogOptions>().Bind(configuration.GetSection(CatalogOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.File), $"{CatalogOptions.Section}:File is not set; pass --catalog FILE.")
            .ValidateOnStart();
        services.AddOptions<TrinoOptions>().Bind(configuration.GetSection(TrinoOptions.Section))
            .Validate(o => Uri.TryCreate(o.Url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https",
                $"{TrinoOptions.Section}:Url must be an http(s) URL like http://trino.internal:8080.")
            .ValidateOnStart();
        services.AddOptions<WorkspaceOptions>().Bind(configuration.GetSection(WorkspaceOptions.Section))
            .Validate(o => Uri.TryCreate(o.JupyterUrl, UriKind.Absolute, out _),
                $"{WorkspaceOptions.Section}:JupyterUrl must be an absolute URL like http://jupyter.internal:8000.")
            .ValidateOnStart();

        services.AddSingleton<ICatalog>(sp => FileCatalog.Load(sp.GetRequiredService<IOptions<CatalogOptions>>().Value.File));
        // Catalog sync sources, stacked in this order: the file, then OpenMetadata when configured.
        services.AddSingleton<ICatalogSource, FileCatalogSource>();
        services.AddOpenMetadata(configuration);
        services.TryAddSingleton<IDatasetLineage, NoDatasetLineage>();
        AddDirectory(services, configuration);
        services.AddSingleton<OwnerResolver>();

        services.AddSingleton<ITicketStore, LiteDbTicketStore>();
        services.AddSingleton<IWorkspaceStore, LiteDbWorkspaceStore>();
        services.AddSingleton<TicketLocks>();
        services.AddSingleton<TicketGate>();
        services.AddSingleton<IAccessEnforcer, FileRulesEnforcer>();
        services.AddSingleton<IWorkspaceProvisioner, DirectoryWorkspaceProvisioner>();

        services.AddSingleton<Participants>();
        services.AddSingleton<AccessPolicy>();
        services.AddSingleton<TicketMover>();
        services.AddSingleton<GrantSync>();
        services.AddSingleton<WorkspaceSync>();
        services.AddSingleton<ProvisioningSignal>();
        services.AddSingleton<RequestAccess>();
        services.AddSingleton<DecideAccess>();
        services.AddSingleton<EndAccess>();
        services.AddSingleton<RetryProvisioning>();
        services.AddSingleton<ExpireAccess>();
        services.AddSingleton<TicketQueries>();
        // Provisioning steps, in the order they run.
        services.AddSingleton<IProvisioningStep, TrinoGrantStep>();
        services.AddSingleton<IProvisioningStep, WorkspaceStep>();
        services.AddSingleton<ProvisioningWorker>();
        return services;
    }

    /// <summary>
    /// The YAML directory by default; LDAP (<see cref="LdapDirectory"/>, also the <see cref="IAuthenticator"/>) when
    /// <c>Odp:Ldap:Url</c> is set. The LDAP settings are validated at start and the service account bound then.
    /// </summary>
    private static void AddDirectory(IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[$"{LdapOptions.Section}:Url"]))
        {
            services.AddOptions<DirectoryOptions>().Bind(configuration.GetSection(DirectoryOptions.Section))
                .Validate(o => !string.IsNullOrWhiteSpace(o.File), $"{DirectoryOptions.Section}:File is not set; pass --directory FILE.")
                .ValidateOnStart();
            services.AddSingleton<IDirectory>(sp => YamlDirectory.Load(sp.GetRequiredService<IOptions<DirectoryOptions>>().Value.File));
            return;
        }

        services.AddOptions<LdapOptions>().Bind(configuration.GetSection(LdapOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LdapOptions>, LdapOptionsValidator>();
        services.AddSingleton<LdapDirectory>();
        services.AddSingleton<IDirectory>(sp => sp.GetRequiredService<LdapDirectory>());
        services.AddSingleton<IAuthenticator>(sp => sp.GetRequiredService<LdapDirectory>());
        services.AddHostedService<LdapStartupCheck>();
    }

    /// <summary>The background workers: provisioning, expiry and (with an index) the catalog sync. Hosts add them; tests drive the same classes directly.</summary>
    public static IServiceCollection AddOdpWorkers(this IServiceCollection services)
    {
        services.AddHostedService<EngineStartupCheck>();
        services.AddHostedService(sp => sp.GetRequiredService<ProvisioningWorker>());
        services.AddHostedService<ExpiryWorker>();
        // The catalog sync needs an index to write into; it runs only when one is registered before this call.
        if (services.Any(d => d.ServiceType == typeof(ICatalogIndex))) services.AddCatalogSync().AddHostedService<CatalogSyncWorker>();
        return services;
    }
}
