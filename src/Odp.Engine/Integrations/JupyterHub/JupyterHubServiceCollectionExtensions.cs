using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Odp.Engine.Integrations.Http;

namespace Odp.Engine.Integrations.JupyterHub;

public static class JupyterHubServiceCollectionExtensions
{
    /// <summary>
    /// Members' Jupyter servers on a JupyterHub: the typed client, <see cref="JupyterServers"/> and
    /// <see cref="JupyterServerRelease"/> are always there (chat asks <see cref="JupyterServers.Enabled"/>; a release
    /// without a hub does nothing); returns true, so the provisioning step runs, when
    /// <c>Odp:JupyterHub:Url</c> and <c>Token</c> are set.
    /// </summary>
    public static bool AddJupyterHub(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JupyterHubOptions>().Bind(configuration.GetSection(JupyterHubOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JupyterHubOptions>, JupyterHubOptionsValidator>();
        services.AddTransient<JupyterHubTokenHandler>();
        services.AddHttpClient<JupyterHubClient>((sp, http) =>
            {
                var hub = sp.GetRequiredService<IOptions<JupyterHubOptions>>().Value;
                if (Uri.TryCreate(hub.Url.TrimEnd('/') + "/", UriKind.Absolute, out var url)) http.BaseAddress = url;
            })
            .AddHttpMessageHandler<JupyterHubTokenHandler>()
            .AddBackendResilience(Backends.JupyterHub, configuration);
        services.AddSingleton<JupyterServers>();
        services.AddSingleton<JupyterServerRelease>();
        var hub = configuration.GetSection(JupyterHubOptions.Section);
        return !string.IsNullOrWhiteSpace(hub["Url"]) && !string.IsNullOrWhiteSpace(hub["Token"]);
    }
}
