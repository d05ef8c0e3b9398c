using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Odp.Engine.Integrations.GitLab;
using Odp.Engine.Integrations.Http;

namespace Odp.Engine.Workspaces.GitOps;

/// <summary>Registers the <c>gitops</c> workspace mode.</summary>
public static class GitOpsServiceCollectionExtensions
{
    /// <summary>The value of <c>Odp:Workspaces:Mode</c> that selects this mode.</summary>
    public const string Mode = "gitops";

    public static bool IsSelected(IConfiguration configuration) =>
        string.Equals(configuration[$"{WorkspaceOptions.Section}:Mode"], WorkspaceOptions.GitOpsMode, StringComparison.Ordinal);

    /// <summary>
    /// Binds and validates <see cref="GitLabOptions"/>, registers <see cref="GitLabClient"/> as a typed
    /// <see cref="HttpClient"/> (behind GitLab's resilience layer) and <see cref="GitOpsWorkspaceProvisioner"/> (its state in the store's <see cref="IGitOpsStateStore"/>) as the
    /// <see cref="IWorkspaceProvisioner"/>, and <see cref="PipelineFollower"/> as the <see cref="IWorkspaceRollout"/>. The caller registers <see cref="PipelineStep"/> after the workspace step.
    /// </summary>
    public static IServiceCollection AddGitOpsWorkspaces(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GitLabOptions>().Bind(configuration.GetSection(GitLabOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GitLabOptions>, GitLabOptionsValidator>();
        services.AddHttpClient<GitLabClient>((sp, http) =>
                http.BaseAddress = GitLabClient.BaseAddressOf(sp.GetRequiredService<IOptions<GitLabOptions>>().Value))
            .AddBackendResilience(Backends.GitLab, configuration);
        services.AddSingleton<IWorkspaceProvisioner, GitOpsWorkspaceProvisioner>();
        services.AddSingleton<MergeRequestGate>();
        services.AddSingleton<PipelineFollower>();
        services.AddSingleton<IWorkspaceRollout>(sp => sp.GetRequiredService<PipelineFollower>());
        return services;
    }
}
