using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Integrations.Http;

namespace Odp.Engine.Integrations.OpenMetadata;

public static class OpenMetadataServiceCollectionExtensions
{
    /// <summary>
    /// When <c>Odp:OpenMetadata:Url</c> and <c>Token</c> are set: the client (bearer token, then OpenMetadata's resilience: <c>Odp:Resilience:OpenMetadata</c>), the
    /// OpenMetadata catalog source (after the ones already registered) and lineage for <c>/odp show</c>.
    /// </summary>
    public static IServiceCollection AddOpenMetadata(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OpenMetadataOptions>().Bind(configuration.GetSection(OpenMetadataOptions.Section));
        if (!OpenMetadataOptions.IsEnabled(configuration)) return services;

        services.AddOptions<OpenMetadataOptions>()
            .Validate(o => Uri.TryCreate(o.Url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https",
                $"{OpenMetadataOptions.Section}:Url must be an http(s) URL like http://openmetadata.internal:8585.")
            .Validate(o => o.PageSize is >= 1 and <= 1000, $"{OpenMetadataOptions.Section}:PageSize must be between 1 and 1000.")
            .Validate(o => DurationText.TryParse(o.SyncInterval, out var d) && d > TimeSpan.Zero,
                $"{OpenMetadataOptions.Section}:SyncInterval must be a duration like 1h or 30m.")
            .Validate(o => o.LineageDepth is >= 0 and <= 3, $"{OpenMetadataOptions.Section}:LineageDepth must be between 0 and 3.")
            .ValidateOnStart();

        services.AddHttpClient<OpenMetadataClient>((sp, http) =>
            {
                var url = sp.GetRequiredService<IOptions<OpenMetadataOptions>>().Value.Url;
                http.BaseAddress = new Uri(url.EndsWith('/') ? url : url + "/");
            })
            .AddHttpMessageHandler(sp => new BearerTokenHandler(() => sp.GetRequiredService<IOptions<OpenMetadataOptions>>().Value.Token))
            .AddBackendResilience(Backends.OpenMetadata, configuration);
        services.AddSingleton<OpenMetadataOwnerMapper>();
        services.AddSingleton<OpenMetadataTableMapper>();
        services.AddSingleton<OpenMetadataNames>();
        services.AddSingleton<ICatalogSource, OpenMetadataCatalogSource>();
        services.AddSingleton<IDatasetLineage, OpenMetadataLineage>();
        return services;
    }
}
