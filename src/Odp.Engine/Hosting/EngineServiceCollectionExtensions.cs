using System.Globalization;
using Odp.Engine.Storage.LiteDb;
using k8s;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Access.Deciding;
using Odp.Engine.Access.Drift;
using Odp.Engine.Access.Ending;
using Odp.Engine.Access.Enforcement;
using Odp.Engine.Access.Expiry;
using Odp.Engine.Access.Queries;
using Odp.Engine.Access.Requesting;
using Odp.Engine.Access.Retrying;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Finding;
using Odp.Engine.Catalog.Index;
using Odp.Engine.Catalog.Readiness;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Directory;
using Odp.Engine.Integrations.Http;
using Odp.Engine.Integrations.JupyterHub;
using Odp.Engine.Integrations.Ldap;
using Odp.Engine.Integrations.OpenMetadata;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Client;
using Odp.Engine.Integrations.Trino.Verification;
using Odp.Engine.Integrations.Trino.Rules.Evaluation;
using Odp.Engine.Notifications;
using Odp.Engine.Outbox;
using Odp.Engine.Storage;
using Odp.Engine.Telemetry;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.Files;
using Odp.Engine.Workspaces.GitOps;
using Odp.Engine.Workspaces.Kubernetes;
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
        services.AddOdpTelemetry();
        services.AddSingleton(new DataDirectory(Path.GetFullPath(configuration[DataDirectory.Setting] is { Length: > 0 } d ? d : DataDirectory.Default)));

        services.AddOptions<AccessOptions>().Bind(configuration.GetSection(AccessOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccessOptions>, AccessOptionsValidator>();
        services.AddOptions<ProvisioningOptions>().Bind(configuration.GetSection(ProvisioningOptions.Section))
            .Validate(o => DurationText.TryParse(o.PollInterval, out _),
                $"{ProvisioningOptions.Section}:PollInterval must be a duration like 30s or 1m.")
            .Validate(o => DurationText.TryParse(o.StepRetryDelay, out _),
                $"{ProvisioningOptions.Section}:StepRetryDelay must be a duration like 1s.")
            .Validate(o => o.StepRetries is >= 0 and <= 10, $"{ProvisioningOptions.Section}:StepRetries must be between 0 and 10.")
            .Validate(o => DurationText.TryParse(o.ClaimLength, out var d) && d >= TimeSpan.FromSeconds(30),
                $"{ProvisioningOptions.Section}:ClaimLength must be a duration of at least 30s, like 5m.")
            .ValidateOnStart();
        services.AddOptions<CatalogOptions>().Bind(configuration.GetSection(CatalogOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.File), $"{CatalogOptions.Section}:File is not set; pass --catalog FILE.")
            .ValidateOnStart();
        services.AddOptions<TrinoOptions>().Bind(configuration.GetSection(TrinoOptions.Section))
            .Validate(o => Uri.TryCreate(o.Url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https",
                $"{TrinoOptions.Section}:Url must be an http(s) URL like http://trino.internal:8080.")
            .Validate(o => o.CoordinatorUrl.Length == 0 || (Uri.TryCreate(o.CoordinatorUrl, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"),
                $"{TrinoOptions.Section}:CoordinatorUrl must be empty (use Url) or an http(s) URL like http://trino-coordinator:8080.")
            .Validate(o => DurationText.TryParse(o.RefreshPeriod, out _),
                $"{TrinoOptions.Section}:RefreshPeriod must be a duration like 5s (Trino's security.refresh-period).")
            .Validate(o => o.Token.Length == 0 || o.Password.Length == 0,
                $"{TrinoOptions.Section}:Token and {TrinoOptions.Section}:Password are both set; use one.")
            .Validate(o => o.Password.Length == 0 || o.User.Length > 0,
                $"{TrinoOptions.Section}:Password is set without {TrinoOptions.Section}:User.")
            .ValidateOnStart();
        services.AddOptions<DriftOptions>().Bind(configuration.GetSection(DriftOptions.Section))
            .Validate(o => DurationText.TryParse(o.DriftCheckInterval, out var d) && d > TimeSpan.Zero,
                $"{DriftOptions.Section}:DriftCheckInterval must be a duration like 5m.")
            .ValidateOnStart();
        services.AddOptions<OpsOptions>().Bind(configuration.GetSection(OpsOptions.Section));
        services.AddOptions<WorkspaceOptions>().Bind(configuration.GetSection(WorkspaceOptions.Section))
            .Validate(o => Uri.TryCreate(o.JupyterUrl, UriKind.Absolute, out _),
                $"{WorkspaceOptions.Section}:JupyterUrl must be an absolute URL like http://jupyter.internal:8000.")
            .Validate(o => o.Mode is WorkspaceOptions.DirectoryMode or WorkspaceOptions.DirectMode or WorkspaceOptions.GitOpsMode,
                $"{WorkspaceOptions.Section}:Mode must be '{WorkspaceOptions.DirectoryMode}', '{WorkspaceOptions.DirectMode}' or '{WorkspaceOptions.GitOpsMode}'.")
            .Validate(o => o.ApplyRetries is >= 0 and <= 10, $"{WorkspaceOptions.Section}:ApplyRetries must be between 0 and 10.")
            .ValidateOnStart();

        CatalogIndexRegistration.AddCatalog(services, configuration);
        services.TryAddSingleton<CatalogVersion>();
        services.AddCatalogFinding(configuration);
        services.TryAddSingleton<CatalogReadiness>();
        // Catalog sync sources, stacked in this order: the file, Trino's tables when discovered, then OpenMetadata.
        services.AddSingleton<FileCatalogSource>();
        services.AddSingleton<ICatalogSource>(sp => sp.GetRequiredService<FileCatalogSource>());
        services.AddTrinoDiscovery(configuration);
        services.AddOpenMetadata(configuration);
        services.TryAddSingleton<IDatasetLineage, NoDatasetLineage>();
        AddDirectory(services, configuration);
        services.AddSingleton<OwnerResolver>();

        services.AddOdpStore(configuration);
        services.AddSingleton<Odp.Engine.Storage.Leases.SingletonLease>();
        services.AddSingleton<WorkspaceNaming>();
        services.AddSingleton<TicketGate>();
        services.AddTrinoEnforcement(configuration);
        services.AddSingleton<ExplainAccess>();
        var gitops = AddWorkspaceProvisioner(services, configuration);
        AddTrinoClient(services, configuration);
        services.AddSingleton<Odp.Engine.Integrations.Trino.Preview.PreviewTable>();

        services.AddSingleton<Participants>();
        services.AddSingleton<MemberGrants>();
        services.AddSingleton<LiveGrants>();
        services.AddSingleton<Odp.Engine.Workspaces.Members.MemberWorkspaces>();
        services.AddSingleton<AccessPolicy>();
        services.AddSingleton<TicketMover>();
        services.AddSingleton<GrantSync>();
        services.AddSingleton<WorkspaceSync>();
        services.AddSingleton<ProvisioningSignal>();
        services.AddSingleton<RequestAccess>();
        services.AddSingleton<DecideAccess>();
        services.AddSingleton<OwedWorkAlerts>();
        services.AddSingleton<OwedWorkRunner>();
        services.AddSingleton<OutboxDrain>();
        services.AddSingleton<EndingWork>();
        services.AddSingleton<EndAccess>();
        services.AddSingleton<RetryProvisioning>();
        services.AddSingleton<ExpireAccess>();
        services.AddSingleton<TicketQueries>();
        // Provisioning steps, in the order they run.
        services.AddSingleton<IProvisioningStep, TrinoGrantStep>();
        services.AddSingleton<IProvisioningStep, WorkspaceStep>();
        if (gitops) services.AddSingleton<IProvisioningStep, PipelineStep>();
        if (services.AddJupyterHub(configuration)) services.AddSingleton<IProvisioningStep, JupyterServerStep>();
        // Last: it checks what the steps before it granted.
        if (configuration.GetValue<bool>($"{TrinoOptions.Section}:{nameof(TrinoOptions.Verify)}"))
            services.AddSingleton<IProvisioningStep, TrinoVerificationStep>();
        services.AddSingleton<ProvisioningWorker>();
        services.AddSingleton<ExpiryWorker>();
        services.AddSingleton<DriftRepair>();
        return services;
    }

    /// <summary>
    /// Manifest files by default; with <c>Odp:Workspaces:Mode=direct</c> the objects are applied to the API server
    /// through a <see cref="IKubernetes"/> client; with <c>gitops</c> they are committed to GitLab. Returns true for
    /// gitops, which adds the pipeline step.
    /// </summary>
    private static bool AddWorkspaceProvisioner(IServiceCollection services, IConfiguration configuration)
    {
        if (GitOpsServiceCollectionExtensions.IsSelected(configuration))
        {
            services.AddGitOpsWorkspaces(configuration);
            return true;
        }
        if (string.Equals(configuration[$"{WorkspaceOptions.Section}:Mode"], WorkspaceOptions.DirectMode, StringComparison.Ordinal))
        {
            // Odp:Workspaces:ApplyRetries still counts resends; Odp:Resilience:Kubernetes:MaxAttempts, when set, wins.
            services.AddBackendResilience(Backends.Kubernetes, configuration, o =>
            {
                if (int.TryParse(configuration[$"{WorkspaceOptions.Section}:ApplyRetries"], CultureInfo.InvariantCulture, out var retries) && retries >= 0)
                    o.MaxAttempts = retries + 1;
            });
            services.AddSingleton<IKubernetes>(sp => new k8s.Kubernetes(
                KubernetesConnection.Configuration(sp.GetRequiredService<IOptions<WorkspaceOptions>>().Value),
                sp.GetRequiredService<BackendResilience>().CreateHandler(Backends.Kubernetes)));
            services.AddSingleton<IWorkspaceProvisioner, KubernetesWorkspaceProvisioner>();
        }
        else
        {
            services.AddSingleton<IWorkspaceProvisioner, DirectoryWorkspaceProvisioner>();
        }
        return false;
    }

    /// <summary>
    /// The typed Trino client on the coordinator URL, authenticated by <see cref="TrinoAuthHandler"/>, behind Trino's
    /// resilience layer (<c>Odp:Resilience:Trino</c>). Held by
    /// singletons, so connections are recycled by the socket handler rather than by handler rotation.
    /// </summary>
    private static void AddTrinoClient(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTransient<TrinoAuthHandler>();
        services.AddHttpClient<TrinoClient>((sp, http) => http.BaseAddress = sp.GetRequiredService<IOptions<TrinoOptions>>().Value.Coordinator())
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<TrinoAuthHandler>()
            .AddBackendResilience(Backends.Trino, configuration);
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

    /// <summary>The background workers: provisioning, expiry, Trino rules drift repair and (with an index) the catalog sync. Hosts add them; tests drive the same classes directly.</summary>
    public static IServiceCollection AddOdpWorkers(this IServiceCollection services)
    {
        services.AddHostedService<EngineStartupCheck>();
        services.AddHostedService(sp => sp.GetRequiredService<ProvisioningWorker>());
        services.AddHostedService(sp => sp.GetRequiredService<ExpiryWorker>());
        services.AddHostedService(sp => sp.GetRequiredService<DriftRepair>());
        // The catalog sync needs an index to write into; it runs only when one is registered before this call.
        if (services.Any(d => d.ServiceType == typeof(ICatalogIndex))) services.AddCatalogSync().AddHostedService<CatalogSyncWorker>();
        return services;
    }
}
